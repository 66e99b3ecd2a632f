package org.doyak.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.doyak.App;
import org.doyak.AppConfig;
import org.doyak.handoff.StaffAccounts;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiStaffStore;

/**
 * The real service on a free port with a fresh SQLite file, for tests. Closing stops it; the
 * database file stays in the given folder so a test can start a second server on it (restart).
 */
public final class TestServer implements AutoCloseable {
    /** The repository's own dialogs. */
    public static final Path DIALOGS = Path.of("dialogs");

    private final App app;
    private final Path database;

    private TestServer(App app, Path database) {
        this.app = app;
        this.database = database;
    }

    /** Starts on a fresh database {@code doyak.db} in {@code dir} with the repository's dialogs. */
    public static TestServer start(Path dir) {
        return start(dir, DIALOGS);
    }

    /** Starts on the database {@code doyak.db} in {@code dir} (created if missing) with these dialogs. */
    public static TestServer start(Path dir, Path dialogs) {
        Path db = dir.resolve("doyak.db");
        AppConfig config = AppConfig.from(Map.of(), Map.of()).with(0, "jdbc:sqlite:" + db, dialogs);
        return new TestServer(App.start(config), db);
    }

    /** Starts on the database {@code doyak.db} in {@code dir} (created if missing) with these dialogs and models. */
    public static TestServer start(Path dir, Path dialogs, Path models) {
        return start(dir, dialogs, Map.of("models", models.toString()));
    }

    /**
     * Starts on the database {@code doyak.db} in {@code dir} (created if missing) with these dialogs and the
     * command-line options {@code flags} (without dashes, e.g. {@code counselor-hours -> always}).
     */
    public static TestServer start(Path dir, Path dialogs, Map<String, String> flags) {
        Path db = dir.resolve("doyak.db");
        AppConfig config = AppConfig.from(flags, Map.of()).with(0, "jdbc:sqlite:" + db, dialogs);
        return new TestServer(App.start(config), db);
    }

    /**
     * Starts on a fresh database in {@code dir} with the repository's dialogs, a fixed clock and
     * counselor hours ({@code always}, {@code never} or a weekly pattern).
     */
    public static TestServer start(Path dir, Clock clock, String counselorHours) {
        Path db = dir.resolve("doyak.db");
        AppConfig config = AppConfig.from(Map.of(), Map.of()).with(0, "jdbc:sqlite:" + db, DIALOGS)
                .withCounselorHours(counselorHours);
        return new TestServer(App.start(config, clock), db);
    }

    /**
     * Starts with {@code config}'s settings (e.g. Telegram's) on a free port, the database {@code doyak.db} in
     * {@code dir} (created if missing) and the repository's dialogs.
     */
    public static TestServer start(Path dir, AppConfig config) {
        Path db = dir.resolve("doyak.db");
        return new TestServer(App.start(config.with(0, "jdbc:sqlite:" + db, DIALOGS)), db);
    }

    /** Creates a staff account ({@code counselor} or {@code admin}) in this server's database. */
    public void addStaff(String username, String role, String password) {
        try (Database db = Database.open("jdbc:sqlite:" + database)) {
            new StaffAccounts(new JdbiStaffStore(db), Clock.systemUTC()).add(username, role, password.toCharArray());
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    /** The SQLite file. */
    public Path database() {
        return database;
    }

    @Override
    public void close() {
        app.close();
    }
}
