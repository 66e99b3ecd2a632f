package org.doyak.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where staff accounts and their console sessions are kept (passwords and session tokens only as
 * hashes). Implemented by the storage adapter; each method is one short transaction. Thread-safe.
 */
public interface StaffStore {

    /** Creates an account; false when the name is taken (nothing changed). */
    boolean add(String username, String role, String passwordHash, Instant at);

    /** The password hash of an account. */
    Optional<String> passwordHash(String username);

    /** Until when an account is locked, if it is. */
    Optional<Instant> lockedUntil(String username);

    /** A right password: clears the failure count and any lock. */
    void loginSucceeded(String username);

    /**
     * A wrong password: counts it; at {@code maxFailures} in a row the account is locked until
     * {@code lockUntil} and the count starts again.
     *
     * @return the lock when this failure locked the account
     */
    Optional<Instant> loginFailed(String username, int maxFailures, Instant lockUntil);

    /** The account with this name. */
    Optional<StaffMember> member(String username);

    /** Every account, by name. */
    List<StaffMember> all();

    /** Stores a session by its token's hash. */
    void startSession(String tokenHash, String username, Instant at, Instant expires);

    /** The member of a session live at {@code now}. */
    Optional<StaffMember> session(String tokenHash, Instant now);

    /** Ends a session and sweeps those expired at {@code now}. */
    void endSession(String tokenHash, Instant now);
}
