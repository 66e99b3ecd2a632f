package org.doyak.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Slows password guessing per account name and per client address, with a delay that grows with failures
 * instead of a lock: the first {@value #ACCOUNT_FREE} failures on a name (and {@value #ADDRESS_FREE} from an
 * address) cost nothing, then each further attempt must wait 1, 2, 4... seconds, at most
 * {@link #ACCOUNT_CAP} for a name (so a real counselor is never locked out for long by someone else's
 * guesses) and {@link #ADDRESS_CAP} for an address; counters are forgotten {@link #FORGET} after the last
 * failure. An attempt is reserved in the database <em>before</em> the password is checked, in one
 * transaction, so guesses sent in parallel are counted one by one. Known and unknown names are treated
 * alike. Keys are SHA-256 hashes. Thread-safe.
 */
final class LoginThrottle {
    static final int ACCOUNT_FREE = 5;
    static final int ADDRESS_FREE = 10;
    static final Duration ACCOUNT_CAP = Duration.ofSeconds(60);
    static final Duration ADDRESS_CAP = Duration.ofMinutes(15);
    static final Duration FORGET = Duration.ofHours(1);

    private final Database db;

    LoginThrottle(Database db) {
        this.db = db;
    }

    /**
     * Reserves one attempt for the name and the address.
     *
     * @return empty when the attempt may go ahead, else how long to wait
     */
    Optional<Duration> reserve(String username, String address, Instant now) {
        return db.write(h -> {
            Duration wait = Duration.ZERO;
            List<Key> keys = keys(username, address);
            for (Key key : keys) {
                Row row = row(h, key.hash(), now);
                if (row.nextAllowed().isAfter(now)) {
                    wait = max(wait, Duration.between(now, row.nextAllowed()));
                }
            }
            if (!wait.isZero()) {
                return Optional.of(wait);
            }
            for (Key key : keys) {
                Row row = row(h, key.hash(), now);
                int failures = row.lastFailure().isBefore(now.minus(FORGET)) ? 1 : row.failures() + 1;
                Instant next = now.plus(delay(failures, key.free(), key.cap()));
                h.createUpdate("UPDATE login_throttle SET failures = :f, last_failure_at = :now,"
                        + " next_allowed_at = :next WHERE throttle_key = :k").bind("f", failures)
                        .bind("now", now.toString()).bind("next", next.toString()).bind("k", key.hash()).execute();
            }
            return Optional.<Duration>empty();
        });
    }

    /** After the right password: the name's failures are cleared, the address is given back this attempt. */
    void succeeded(String username, String address, Instant now) {
        List<Key> keys = keys(username, address);
        db.write(h -> {
            h.createUpdate("UPDATE login_throttle SET failures = 0, next_allowed_at = :now WHERE throttle_key = :k")
                    .bind("now", now.toString()).bind("k", keys.get(0).hash()).execute();
            h.createUpdate("UPDATE login_throttle SET failures = CASE WHEN failures > 0 THEN failures - 1 ELSE 0 END,"
                    + " next_allowed_at = :now WHERE throttle_key = :k").bind("now", now.toString())
                    .bind("k", keys.get(1).hash()).execute();
            return null;
        });
    }

    static Duration delay(int failures, int free, Duration cap) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(cap) > 0 ? cap : d;
    }

    private record Key(String hash, int free, Duration cap) {
    }

    private record Row(int failures, Instant lastFailure, Instant nextAllowed) {
    }

    private static List<Key> keys(String username, String address) {
        return List.of(new Key(hash("user:" + username.toLowerCase(Locale.ROOT)), ACCOUNT_FREE, ACCOUNT_CAP),
                new Key(hash("addr:" + address), ADDRESS_FREE, ADDRESS_CAP));
    }

    private static Row row(Handle h, String key, Instant now) {
        Optional<Row> row = h.createQuery("SELECT failures, last_failure_at, next_allowed_at FROM login_throttle"
                + " WHERE throttle_key = :k").bind("k", key).map((r, c) -> new Row(r.getInt(1),
                        Instant.parse(r.getString(2)), Instant.parse(r.getString(3)))).findOne();
        if (row.isPresent()) {
            return row.get();
        }
        String epoch = Instant.EPOCH.toString();
        h.createUpdate("INSERT INTO login_throttle (throttle_key, failures, last_failure_at, next_allowed_at)"
                + " VALUES (:k, 0, :t, :t)").bind("k", key).bind("t", epoch).execute();
        return new Row(0, Instant.EPOCH, Instant.EPOCH);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
