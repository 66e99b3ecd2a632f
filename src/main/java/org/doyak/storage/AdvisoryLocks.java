package org.doyak.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL session-level advisory locks, which hold across every instance on the same database. Each held
 * lock keeps a connection of its own, from a pool apart from the data pool (so holders never starve the
 * queries they run while holding); a connection that is lost releases its locks on the server. Keys are
 * 64-bit numbers from {@link #key}. Thread-safe; close it once.
 */
public final class AdvisoryLocks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLocks.class);

    private final HikariDataSource pool;

    /**
     * @param server the data pool's settings (URL, user, password); the lock pool copies them
     * @param size how many locks may be held (or waited for) at once; more callers wait for a connection
     */
    AdvisoryLocks(HikariConfig server, int size) {
        HikariConfig config = new HikariConfig();
        server.copyStateTo(config);
        config.setPoolName("doyak-locks");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        // long enough to queue behind other conversations' turns, short enough that a seeker hears 503 soon
        // when the server is gone (every waiting turn would wait this long)
        config.setConnectionTimeout(10_000);
        this.pool = new HikariDataSource(config);
    }

    /**
     * The lock key for {@code name} within {@code space} (e.g. {@code conversation} and its id): the first 8
     * bytes of SHA-256, so two names share a key only by a 2<sup>-64</sup> chance (and then merely wait for
     * each other).
     */
    public static long key(String space, String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((space + '\0' + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Runs {@code work} while holding the lock, waiting first while another session holds it (waiters get it
     * in the order they asked); releases it however {@code work} ends.
     *
     * @throws IllegalStateException when the database cannot be reached ({@code work} did not run)
     */
    public <T> T holding(long key, Supplier<T> work) {
        Held held = take(key, "SELECT pg_advisory_lock(?)", true).orElseThrow();
        try {
            return work.get();
        } finally {
            held.close();
        }
    }

    /**
     * Takes the lock if no other session holds it, without waiting.
     *
     * @throws IllegalStateException when the database cannot be reached
     */
    public Optional<Held> tryLock(long key) {
        return take(key, "SELECT pg_try_advisory_lock(?)", false);
    }

    private Optional<Held> take(long key, String sql, boolean waits) {
        Connection connection = null;
        try {
            connection = pool.getConnection();
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, key);
                try (ResultSet result = statement.executeQuery()) {
                    if (waits || result.next() && result.getBoolean(1)) {
                        return Optional.of(new Held(connection, key));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            if (connection != null) {
                pool.evictConnection(connection);
            }
            throw new IllegalStateException("cannot take a database lock: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** A lock this process holds, on its own connection; closing releases it. Not thread-safe. */
    public final class Held implements AutoCloseable {
        private final Connection connection;
        private final long key;

        private Held(Connection connection, long key) {
            this.connection = connection;
            this.key = key;
        }

        /** Whether the lock is still held: false once its connection to the server is lost. */
        public boolean alive() {
            try {
                return connection.isValid(5);
            } catch (SQLException e) {
                return false;
            }
        }

        /** Releases the lock; a connection that cannot say it did is dropped, which releases it on the server. */
        @Override
        public void close() {
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                statement.setLong(1, key);
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        connection.close();
                        return;
                    }
                }
                LOG.warn("advisory lock {} was not held at release; dropping its connection", key);
            } catch (SQLException e) {
                LOG.warn("cannot release advisory lock {} ({}); dropping its connection", key, e.getMessage());
            }
            pool.evictConnection(connection);
        }
    }
}
