package org.doyak.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.doyak.App;
import org.doyak.AppConfig;
import org.doyak.handoff.StaffAccounts;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiStaffStore;

/**
 * The real service on a free port, for tests: on a SQLite file {@code doyak.db} in a test folder, or on a
 * given {@link TestDatabase}. Closing stops it; the database stays, so a test can start a second server on it
 * (restart, or two instances sharing one PostgreSQL database).
 */
public final class TestServer implements AutoCloseable {
    /** The repository's own dialogs. */
    public static final Path DIALOGS = Path.of("dialogs");

    private final App app;
    private final String databaseUrl;

    private TestServer(App app, String databaseUrl) {
        this.app = app;
        this.databaseUrl = databaseUrl;
    }

    /** Starts on a fresh database {@code doyak.db} in {@code dir} with the repository's dialogs. */
    public static TestServer start(Path dir) {
        return start(TestDatabase.sqlite(dir));
    }

    /** Starts on the database {@code doyak.db} in {@code dir} (created if missing) with these dialogs. */
    public static TestServer start(Path dir, Path dialogs) {
        return start(TestDatabase.sqlite(dir), defaults(), dialogs, Clock.systemUTC());
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
        return start(TestDatabase.sqlite(dir), AppConfig.from(flags, Map.of()), dialogs, Clock.systemUTC());
    }

    /**
     * Starts on a fresh database in {@code dir} with the repository's dialogs, a fixed clock and
     * counselor hours ({@code always}, {@code never} or a weekly pattern).
     */
    public static TestServer start(Path dir, Clock clock, String counselorHours) {
        return start(TestDatabase.sqlite(dir), clock, counselorHours);
    }

    /**
     * Starts with {@code config}'s settings (e.g. Telegram's) on a free port, the database {@code doyak.db} in
     * {@code dir} (created if missing) and the repository's dialogs.
     */
    public static TestServer start(Path dir, AppConfig config) {
        return start(TestDatabase.sqlite(dir), config);
    }

    /** Starts like {@link #start(Path, AppConfig)} with the time given by {@code clock}. */
    public static TestServer start(Path dir, AppConfig config, Clock clock) {
        return start(TestDatabase.sqlite(dir), config, DIALOGS, clock);
    }

    /** Starts on {@code db} with the repository's dialogs and the default settings. */
    public static TestServer start(TestDatabase db) {
        return start(db, defaults());
    }

    /** Starts on {@code db} with a fixed clock and counselor hours ({@code always}, {@code never} or a pattern). */
    public static TestServer start(TestDatabase db, Clock clock, String counselorHours) {
        return start(db, defaults().withCounselorHours(counselorHours), DIALOGS, clock);
    }

    /** Starts on {@code db} with {@code config}'s settings (e.g. Telegram's) and the repository's dialogs. */
    public static TestServer start(TestDatabase db, AppConfig config) {
        return start(db, config, DIALOGS, Clock.systemUTC());
    }

    /**
     * Starts with {@code config}'s settings, these dialogs and this clock (a {@link MutableClock} lets a test
     * move time), on the database {@code doyak.db} in {@code dir} (created if missing).
     */
    public static TestServer start(Path dir, AppConfig config, Path dialogs, Clock clock) {
        return start(TestDatabase.sqlite(dir), config, dialogs, clock);
    }

    /**
     * As {@link #start(Path, AppConfig, Path, Clock)}, and the conversation tests run in the background after the
     * start as in production (every other test server skips that, to spare the machine).
     */
    public static TestServer startCheckingTests(Path dir, AppConfig config, Path dialogs, Clock clock) {
        return start(TestDatabase.sqlite(dir), config, dialogs, clock, true);
    }

    private static TestServer start(TestDatabase db, AppConfig config, Path dialogs, Clock clock) {
        return start(db, config, dialogs, clock, false);
    }

    private static TestServer start(TestDatabase db, AppConfig config, Path dialogs, Clock clock, boolean tests) {
        return new TestServer(App.start(config.with(0, db.url(), dialogs).withTestsAtStart(tests), clock), db.url());
    }

    /** The defaults, whatever the machine's environment says. */
    private static AppConfig defaults() {
        return AppConfig.from(Map.of(), Map.of());
    }


    /** Creates a staff account ({@code counselor} or {@code admin}) in this server's database. */
    public void addStaff(String username, String role, String password) {
        addStaff(username, role, password, List.of());
    }

    /** Creates a staff account working for {@code centers} (empty: every center). */
    public void addStaff(String username, String role, String password, List<String> centers) {
        try (Database db = openDatabase()) {
            new StaffAccounts(new JdbiStaffStore(db), Clock.systemUTC()).add(username, role, password.toCharArray(),
                    centers);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    /** This server's JDBC URL (for direct checks). */
    public String databaseUrl() {
        return databaseUrl;
    }

    /** Opens this server's database (for direct checks); close it after use. */
    public Database openDatabase() {
        return Database.open(databaseUrl);
    }

    @Override
    public void close() {
        app.close();
    }
}
