package org.doyak.handoff;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts: passwords stored as bcrypt hashes; after {@value #MAX_FAILURES} wrong passwords in a
 * row an account is locked for {@link #LOCK}, even against the right password. An unknown name costs
 * the same hashing time as a known one. Thread-safe.
 */
public final class StaffAccounts {
    /** The counselor role: the console. */
    public static final String COUNSELOR = "counselor";
    /** The admin role: admin pages. */
    public static final String ADMIN = "admin";
    /** Wrong passwords in a row before a lock. */
    public static final int MAX_FAILURES = 5;
    /** How long a lock lasts. */
    public static final Duration LOCK = Duration.ofMinutes(15);
    static final int MIN_PASSWORD = 8;
    private static final int COST = 12;
    /** bcrypt reads at most this many bytes of a password; longer ones are refused, never cut silently. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final char[] DUMMY_PASSWORD = "not-a-password".toCharArray();
    private static final String DUMMY = BCrypt.withDefaults().hashToString(COST, DUMMY_PASSWORD);

    private final StaffStore store;
    private final Clock clock;

    /** Keeps accounts in {@code store}. */
    public StaffAccounts(StaffStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The outcome of a login: the member when the password was right and the account not locked. */
    public record Login(Optional<StaffMember> member, Optional<Instant> lockedUntil) {
    }

    /**
     * Creates an account.
     *
     * @throws IllegalArgumentException on a taken or malformed name, an unknown role or a password
     *     shorter than {@value #MIN_PASSWORD} characters
     */
    public void add(String username, String role, char[] password) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new IllegalArgumentException("the username must be 2-64 letters, digits, '.', '_' or '-'");
        }
        if (!Set.of(COUNSELOR, ADMIN).contains(role)) {
            throw new IllegalArgumentException("the role must be counselor or admin");
        }
        if (password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD + " characters");
        }
        if (utf8Length(password) > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("the password must be at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8 (bcrypt's limit)");
        }
        String hash = BCrypt.withDefaults().hashToString(COST, password);
        if (!store.add(username, role, hash, clock.instant())) {
            throw new IllegalArgumentException("the username '" + username + "' is taken");
        }
    }

    /** Checks a password, counting failures and locking the account after too many. */
    public Login login(String username, char[] password) {
        Instant now = clock.instant();
        Optional<Instant> lock = store.lockedUntil(username);
        if (lock.isPresent() && lock.get().isAfter(now)) {
            return new Login(Optional.empty(), lock);
        }
        Optional<String> hash = store.passwordHash(username);
        boolean tooLong = utf8Length(password) > MAX_PASSWORD_BYTES;
        char[] checked = tooLong ? DUMMY_PASSWORD : password;
        boolean ok = BCrypt.verifyer().verify(checked, hash.orElse(DUMMY).getBytes(StandardCharsets.US_ASCII))
                .verified && hash.isPresent() && !tooLong;
        if (hash.isEmpty()) {
            return new Login(Optional.empty(), Optional.empty());
        }
        if (ok) {
            store.loginSucceeded(username);
            return new Login(store.member(username), Optional.empty());
        }
        return new Login(Optional.empty(), store.loginFailed(username, MAX_FAILURES, now.plus(LOCK)));
    }

    private static int utf8Length(char[] password) {
        return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
    }

    /** The account with this name. */
    public Optional<StaffMember> member(String username) {
        return store.member(username);
    }

    /** Every account, by name. */
    public List<StaffMember> all() {
        return store.all();
    }
}
