package org.doyak.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where staff accounts and their console sessions are kept (passwords and session tokens only as
 * hashes). Implemented by the storage adapter; each method is one short transaction. Thread-safe.
 */
public interface StaffStore {

    /**
     * Creates an account working for {@code centers} (empty: every center); false when the name is taken
     * (nothing changed).
     */
    boolean add(String username, String role, String passwordHash, Instant at, List<String> centers);

    /** The password hash of an account. */
    Optional<String> passwordHash(String username);

    /**
     * Reserves one login attempt for the name and the client address before the password is checked, in one
     * transaction (parallel guesses count one by one); failures slow later attempts with a growing delay.
     *
     * @return empty when the attempt may go ahead, else how long to wait (nothing reserved)
     */
    Optional<Duration> reserveLogin(String username, String clientAddress, Instant now);

    /** A right password: the name's failures are cleared and the address is given back this attempt. */
    void loginSucceeded(String username, String clientAddress, Instant now);

    /** The account with this name. */
    Optional<StaffMember> member(String username);

    /** Every account, by name. */
    List<StaffMember> all();

    /**
     * The centers that have a team of their own: named by at least one counselor account (accounts that
     * name no center work for every center and make no team).
     */
    default Set<String> teams() {
        return all().stream().filter(m -> StaffAccounts.COUNSELOR.equals(m.role()))
                .flatMap(m -> m.centers().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Stores a session by its token's hash. */
    void startSession(String tokenHash, String username, Instant at, Instant expires);

    /** The member of a session live at {@code now}. */
    Optional<StaffMember> session(String tokenHash, Instant now);

    /** Ends a session and sweeps those expired at {@code now}. */
    void endSession(String tokenHash, Instant now);
}
