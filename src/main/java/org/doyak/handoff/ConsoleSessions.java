package org.doyak.handoff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Staff sessions: a random token in the browser's cookie, only its SHA-256 in the database, valid for
 * {@link #TTL} (one shift) or until logout. Survives a restart. Thread-safe.
 */
public final class ConsoleSessions {
    /** How long a session lasts. */
    public static final Duration TTL = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffStore store;
    private final Clock clock;

    /** Keeps sessions in {@code store}. */
    public ConsoleSessions(StaffStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Starts a session and returns its token (to be set as a cookie, never logged). */
    public String start(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        store.startSession(hash(token), username, now, now.plus(TTL));
        return token;
    }

    /** The staff member of a live session; empty for a missing, unknown or expired token. */
    public Optional<StaffMember> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return store.session(hash(token), clock.instant());
    }

    /** Ends a session (and sweeps expired ones). */
    public void end(String token) {
        store.endSession(hash(token == null ? "" : token), clock.instant());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
