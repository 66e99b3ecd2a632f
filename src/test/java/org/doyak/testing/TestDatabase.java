package org.doyak.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, empty database for one test: a new SQLite file in a test folder, or a new uniquely named
 * database on the PostgreSQL server of {@code DOYAK_TEST_PG_URL} (default
 * {@code jdbc:postgresql://localhost:5432/doyak?user=doyak&password=doyak}; the user must be allowed to create
 * databases). Closing drops the PostgreSQL database (the SQLite file goes with the test folder).
 */
public final class TestDatabase implements AutoCloseable {
    /** The server the PostgreSQL tests use unless {@code DOYAK_TEST_PG_URL} names another. */
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://localhost:5432/doyak?user=doyak&password=doyak";
    private static final Pattern PG_URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?");
    private static final String HOW_TO_START = "start PostgreSQL (as root: bash .ci/run does it; by hand: apt-get "
            + "install postgresql && pg_ctlcluster 15 main start && su postgres -c \"psql -c \\\"CREATE ROLE doyak "
            + "LOGIN SUPERUSER PASSWORD 'doyak'\\\" -c 'CREATE DATABASE doyak OWNER doyak'\") or point "
            + "DOYAK_TEST_PG_URL at a server where the user may create databases";

    private final String url;
    private final String serverUrl;
    private final String name;

    private TestDatabase(String url, String serverUrl, String name) {
        this.url = url;
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** A fresh SQLite file {@code doyak.db} in {@code dir} (created at first open). */
    public static TestDatabase sqlite(Path dir) {
        return new TestDatabase("jdbc:sqlite:" + dir.resolve("doyak.db"), null, null);
    }

    /**
     * Creates a uniquely named empty database on the test PostgreSQL server.
     *
     * @throws AssertionError when the server cannot be reached, saying how to start it
     */
    public static TestDatabase postgres() {
        String server = System.getenv().getOrDefault("DOYAK_TEST_PG_URL", DEFAULT_PG_URL);
        Matcher m = PG_URL.matcher(server);
        if (!m.matches()) {
            throw new AssertionError("DOYAK_TEST_PG_URL must look like " + DEFAULT_PG_URL + ", not " + server);
        }
        String name = "doyak_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL for the tests is not reachable at " + m.group(1) + " ("
                    + e.getMessage() + "); " + HOW_TO_START, e);
        }
        String query = m.group(3) == null ? "" : m.group(3);
        return new TestDatabase(m.group(1) + name + query, server, name);
    }

    /** The JDBC URL to give the service ({@code --db}). */
    public String url() {
        return url;
    }

    /** Drops the PostgreSQL database, ending any connection still open to it. */
    @Override
    public void close() {
        if (name == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test database " + name, e);
        }
    }
}
