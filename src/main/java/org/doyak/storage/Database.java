package org.doyak.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: a connection pool, migrations applied at open, and Jdbi on top. For SQLite the
 * file is opened in WAL mode with a busy timeout, transactions begin IMMEDIATE (a read-then-write
 * never fails half-way with SQLITE_BUSY), and every write of this process goes through one writer
 * thread that commits queued writes together ({@link GroupCommit}), since SQLite has one writer at a
 * time anyway. Thread-safe; close it once.
 */
public final class Database implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MS = 10_000;
    private static final int LOCK_CONNECTIONS = 24;
    private static final long CONNECTION_WAIT_MS = 5_000;
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;]*");

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final GroupCommit writer;
    private final AdvisoryLocks locks;
    private final HikariConfig server;
    private final WriteProbe writeProbe = new WriteProbe();

    private Database(HikariDataSource pool, boolean sqlite, HikariConfig config) {
        this.pool = pool;
        this.server = sqlite ? null : config;
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
        // an error's message names the database's complaint only, never the statement's arguments (seekers' words)
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        this.writer = sqlite ? new GroupCommit(jdbi) : null;
        this.locks = sqlite ? null : new AdvisoryLocks(config, LOCK_CONNECTIONS);
    }

    /**
     * Opens the database at a JDBC URL (a password, if any, in the URL), creating the SQLite file's folder if
     * needed, and migrates it.
     *
     * @throws IllegalStateException when the database cannot be opened or migrated
     */
    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, Optional.empty());
    }

    /**
     * Opens the database at a JDBC URL ({@code jdbc:sqlite:PATH} or {@code jdbc:postgresql://HOST:PORT/DB?user=...}),
     * creating the SQLite file's folder if needed, and migrates it.
     *
     * @param password the server's password when it is not in the URL ({@code DOYAK_DB_PASSWORD}); unused on SQLite
     * @throws IllegalArgumentException when the URL is neither SQLite nor PostgreSQL
     * @throws IllegalStateException when the database cannot be reached, opened or migrated
     */
    public static Database open(String jdbcUrl, Optional<String> password) {
        boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
        if (!sqlite && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the database must be jdbc:sqlite:PATH or "
                    + "jdbc:postgresql://HOST:PORT/DB?user=NAME, not " + redacted(jdbcUrl));
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("doyak");
        if (sqlite) {
            Path file = createFolder(jdbcUrl.substring("jdbc:sqlite:".length()));
            StartupChecks.sqlite(jdbcUrl, file);
            SQLiteConfig sqliteConfig = new SQLiteConfig();
            sqliteConfig.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqliteConfig.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqliteConfig.setBusyTimeout(BUSY_TIMEOUT_MS);
            sqliteConfig.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
            sqliteConfig.enforceForeignKeys(true);
            sqliteConfig.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            SQLiteDataSource source = new SQLiteDataSource(sqliteConfig);
            source.setUrl(jdbcUrl);
            config.setDataSource(source);
            config.setMaximumPoolSize(6);
        } else {
            config.setJdbcUrl(jdbcUrl);
            password.ifPresent(config::setPassword);
            config.setMaximumPoolSize(16);
            // queries are short: a longer wait means the server is gone, and a seeker should hear 503 soon
            config.setConnectionTimeout(CONNECTION_WAIT_MS);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the database " + redacted(jdbcUrl) + ": "
                    + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException(StorageUnavailable.in(e).map(u -> "The database cannot be used: "
                    + u.reason() + ".").orElse("cannot migrate the database: " + e.getMessage()), e);
        }
        Database database = new Database(pool, sqlite, config);
        try {
            database.probe();
        } catch (StorageUnavailable e) {
            database.close();
            throw new IllegalStateException("The database " + (sqlite ? "file " : "") + "does not accept writes: "
                    + e.reason() + ".", e);
        }
        return database;
    }

    /**
     * Proves the database accepts writes now: rewrites the one row of {@code health_probe} through the same
     * path as every write (on SQLite the one writer thread, committed to the write-ahead log). A storage
     * failure of any real write since the last successful probe also counts until this probe clears it; a
     * failure that may come from a damaged file (corrupt pages, an I/O error) is cleared only once every page
     * passes SQLite's {@code PRAGMA quick_check} too, which reads the whole file.
     *
     * @throws StorageUnavailable when the database does not take the write, its file fails the check, or a
     *     real write failed while the probe ran
     */
    public void probe() {
        writeProbe.run(() -> write(h -> h.createUpdate("UPDATE health_probe SET probed_at = :at WHERE id = 1")
                .bind("at", Instant.now().toString()).execute()), this::checkPages);
    }

    /**
     * Why the last real write failed for want of storage, while no {@link #probe} has cleared it since (e.g.
     * while a probe still waits for a lock); empty when writes are not known to fail.
     */
    public Optional<String> unresolvedFailure() {
        return writeProbe.unresolved();
    }

    private void checkPages() {
        if (writer == null) {
            return;
        }
        String verdict = jdbi.withHandle(h -> h.createQuery("PRAGMA quick_check").mapTo(String.class).first());
        if (!"ok".equals(verdict)) {
            throw new StorageUnavailable("the database file is corrupt");
        }
    }

    /**
     * Leaves nothing of deleted rows recoverable from the database files. On SQLite, deleted content is
     * already overwritten with zeros in the main file ({@code secure_delete} is on for every connection);
     * this checkpoints the write-ahead log into it and truncates the log to zero bytes, so older copies of
     * the pages go too. PostgreSQL reclaims dead rows by its own (auto)vacuum. Call after an erasure.
     *
     * @throws StorageUnavailable when the checkpoint cannot run (readers held the log too long)
     */
    public void scrub() {
        if (writer == null) {
            return;
        }
        try {
            jdbi.useHandle(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list());
        } catch (RuntimeException e) {
            throw StorageUnavailable.in(e).<RuntimeException>map(u -> u).orElse(e);
        }
    }

    /** The URL with any password in it replaced by {@code ***}, for logs and messages. */
    public static String redacted(String jdbcUrl) {
        return PASSWORD_PARAMETER.matcher(jdbcUrl).replaceAll("$1***");
    }

    /** Jdbi over the pool. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** True for SQLite: one process owns the file, so what this process wrote last is current. */
    public boolean singleProcess() {
        return writer != null;
    }

    /**
     * Locks that hold across every process on this database: present on PostgreSQL, empty on SQLite (where
     * one process owns the file and its own locks suffice).
     */
    public Optional<AdvisoryLocks> advisoryLocks() {
        return Optional.ofNullable(locks);
    }

    /** The server's connection settings (URL, user, password) on PostgreSQL, for connections of their own. */
    HikariConfig serverSettings() {
        return server;
    }

    /**
     * Runs {@code work} in a write transaction and returns its result once committed (durable). On SQLite
     * the work is queued to the one writer thread and may share its transaction with other writes (group
     * commit; each piece of work is rolled back alone if it throws); other databases run it in a
     * transaction of its own on the calling thread. Work must be short and must not wait on other threads;
     * a {@code write} inside work joins that work's transaction.
     *
     * @throws StorageUnavailable when the database cannot take the write (locked by another process,
     *     read-only, corrupt, full, unreachable); {@link #probe} fails from then until it sees storage well
     * @throws RuntimeException what {@code work} threw; either way nothing of this work is stored
     */
    public <T> T write(Function<Handle, T> work) {
        try {
            return writer != null ? writer.write(work) : jdbi.inTransaction(work::apply);
        } catch (RuntimeException e) {
            Optional<StorageUnavailable> unavailable = StorageUnavailable.in(e);
            unavailable.ifPresent(writeProbe::failed);
            throw unavailable.<RuntimeException>map(u -> u).orElse(e);
        }
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
        if (locks != null) {
            locks.close();
        }
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Creates the folder of a SQLite file and returns the file, or null for memory and URI forms. */
    private static Path createFolder(String file) {
        if (file.isBlank() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return null;
        }
        Path path = Path.of(file.split("\\?")[0]).toAbsolutePath();
        Path parent = path.getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
        return path;
    }
}
