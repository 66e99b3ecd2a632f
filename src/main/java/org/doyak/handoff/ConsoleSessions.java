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
import org.doyak.storage.Database;

/**
 * Staff sessions: a random token in the browser's cookie, only its SHA-256 in the database, valid for
 * {@link #TTL} (one shift) or until logout. Survives a restart. Thread-safe.
 */
public final class ConsoleSessions {
    /** How long a session lasts. */
    public static final Duration TTL = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final Clock clock;

    /** Uses the given (migrated) database. */
    public ConsoleSessions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Starts a session and returns its token (to be set as a cookie, never logged). */
    public String start(String username) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        db.write(h -> {
            h.attach(StaffDao.class).insertSession(hash(token), username, Times.iso(now), Times.iso(now.plus(TTL)));
            return null;
        });
        return token;
    }

    /** The staff member of a live session; empty for a missing, unknown or expired token. */
    public Optional<StaffMember> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return db.jdbi().withExtension(StaffDao.class, dao -> dao.session(hash(token), Times.iso(clock.instant())));
    }

    /** Ends a session (and sweeps expired ones). */
    public void end(String token) {
        db.write(h -> {
            h.attach(StaffDao.class).endSession(hash(token == null ? "" : token), Times.iso(clock.instant()));
            return null;
        });
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
