package org.doyak.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Checks an existing SQLite file before the service uses it, so a damaged or unusable database is refused at
 * start with one clear sentence instead of failing later request by request: a file that exists but is empty
 * (0 bytes: truncated or never written, not a database), a file that fails {@code PRAGMA quick_check}
 * (corrupt pages), and a file another process holds locked for writing, or that cannot be written (the
 * check rewrites the header's {@code user_version} with its own value).
 * A missing file passes: it is created.
 */
final class StartupChecks {
    private static final int LOCK_WAIT_MS = 3_000;

    private StartupChecks() {
    }

    /**
     * Checks the SQLite file named by {@code jdbcUrl}.
     *
     * @throws IllegalStateException with a sentence naming the file and what to do
     */
    static void sqlite(String jdbcUrl, Path file) {
        if (file == null || !Files.exists(file)) {
            return;
        }
        try {
            if (Files.size(file) == 0) {
                throw refused(file, "exists but is empty (0 bytes), so it holds no data; restore it from a backup,"
                        + " or delete the empty file to start with a new database");
            }
        } catch (IOException e) {
            throw refused(file, "cannot be read: " + e.getMessage());
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + LOCK_WAIT_MS);
            try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                String verdict = r.next() ? r.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw refused(file, "is corrupt (integrity check: " + verdict.lines().findFirst().orElse("")
                            + "); restore it from a backup");
                }
            }
            s.execute("BEGIN IMMEDIATE");
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                int version = r.next() ? r.getInt(1) : 0;
                s.execute("PRAGMA user_version = " + version);
            }
            s.execute("COMMIT");
        } catch (SQLException e) {
            Optional<String> reason = StorageUnavailable.reason(e);
            throw refused(file, reason.map(r -> "cannot be used: " + r + advice(r)).orElse(
                    "cannot be opened: " + e.getMessage()));
        }
    }

    private static String advice(String reason) {
        if (reason.contains("locked")) {
            return " (is another Doyak or a backup holding it? stop it, or use PostgreSQL for several instances)";
        }
        if (reason.contains("corrupt")) {
            return "; restore it from a backup";
        }
        if (reason.contains("read-only")) {
            return "; give the service write access to the file and its folder";
        }
        return "";
    }

    private static IllegalStateException refused(Path file, String what) {
        return new IllegalStateException("The database file " + file + " " + what + ".");
    }
}
