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
 * Staff accounts: passwords stored as bcrypt hashes; guessing is slowed per name and per client address
 * by the store ({@link StaffStore#reserveLogin}: a growing delay, never a long lock). An unknown name costs
 * the same hashing time as a known one. Thread-safe.
 */
public final class StaffAccounts {
    /** The counselor role: the console. */
    public static final String COUNSELOR = "counselor";
    /** The admin role: admin pages. */
    public static final String ADMIN = "admin";
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

    /**
     * The outcome of a login: the member when the password was right, or how long to wait before the next
     * attempt when it was refused unchecked.
     */
    public record Login(Optional<StaffMember> member, Optional<Duration> retryAfter) {
    }

    /** Creates an account working for every center (see {@link #add(String, String, char[], List)}). */
    public void add(String username, String role, char[] password) {
        add(username, role, password, List.of());
    }

    /**
     * Creates an account working for {@code centers} (empty: every center). The caller checks that the
     * centers exist in the dialogs.
     *
     * @throws IllegalArgumentException on a taken or malformed name, an unknown role, a malformed center id
     *     or a password shorter than {@value #MIN_PASSWORD} characters
     */
    public void add(String username, String role, char[] password, List<String> centers) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new IllegalArgumentException("the username must be 2-64 letters, digits, '.', '_' or '-'");
        }
        if (!Set.of(COUNSELOR, ADMIN).contains(role)) {
            throw new IllegalArgumentException("the role must be counselor or admin");
        }
        centers.stream().filter(c -> !c.matches("[A-Za-z0-9_.-]{1,64}")).findFirst().ifPresent(c -> {
            throw new IllegalArgumentException("'" + c + "' is not a center id");
        });
        if (password.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD + " characters");
        }
        if (utf8Length(password) > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("the password must be at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8 (bcrypt's limit)");
        }
        String hash = BCrypt.withDefaults().hashToString(COST, password);
        if (!store.add(username, role, hash, clock.instant(), centers)) {
            throw new IllegalArgumentException("the username '" + username + "' is taken");
        }
    }

    /**
     * Checks a password from a client address, after reserving the attempt ({@link StaffStore#reserveLogin}).
     * A wrong name and a wrong password are told apart neither by the answer nor by its time.
     */
    public Login login(String username, char[] password, String clientAddress) {
        Instant now = clock.instant();
        Optional<Duration> wait = store.reserveLogin(username, clientAddress, now);
        if (wait.isPresent()) {
            return new Login(Optional.empty(), wait);
        }
        Optional<String> hash = store.passwordHash(username);
        boolean tooLong = utf8Length(password) > MAX_PASSWORD_BYTES;
        char[] checked = tooLong ? DUMMY_PASSWORD : password;
        boolean ok = BCrypt.verifyer().verify(checked, hash.orElse(DUMMY).getBytes(StandardCharsets.US_ASCII))
                .verified && hash.isPresent() && !tooLong;
        if (!ok) {
            return new Login(Optional.empty(), Optional.empty());
        }
        store.loginSucceeded(username, clientAddress, now);
        return new Login(store.member(username), Optional.empty());
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
