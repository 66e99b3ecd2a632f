package org.doyak.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doyak.AppConfig;
import org.doyak.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Opening PostgreSQL: the password, the migrations, and clear errors that never show a password. */
class DatabaseIT {
    @Test
    void postgres_opens_with_the_password_from_DOYAK_DB_PASSWORD_and_runs_every_migration() {
        try (TestDatabase fresh = TestDatabase.postgres()) {
            String withoutPassword = fresh.url().replaceAll("[&?]password=[^&]*", "");
            assertFalse(withoutPassword.contains("password"), withoutPassword);
            AppConfig config = AppConfig.from(Map.of("db", withoutPassword), Map.of("DOYAK_DB_PASSWORD", "doyak"));
            try (Database db = Database.open(config.dbUrl(), config.dbPassword())) {
                List<String> tables = db.jdbi().withHandle(h -> h.createQuery("SELECT table_name FROM "
                        + "information_schema.tables WHERE table_schema = 'public' ORDER BY table_name")
                        .mapTo(String.class).list());
                assertTrue(tables.containsAll(List.of("conversations", "messages", "handoffs", "appointments",
                        "telegram_updates", "flyway_schema_history")), tables.toString());
            }
        }
    }

    @Test
    void a_wrong_password_is_a_clear_error_that_does_not_show_it() {
        try (TestDatabase fresh = TestDatabase.postgres()) {
            String url = fresh.url().replaceAll("password=[^&]*", "password=not-the-secret");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Database.open(url));
            assertTrue(e.getMessage().startsWith("cannot open the database jdbc:postgresql://"), e.getMessage());
            assertTrue(e.getMessage().contains("password=***"), e.getMessage());
            assertFalse(e.getMessage().contains("not-the-secret"), e.getMessage());
        }
    }

    @Test
    void an_url_that_is_neither_sqlite_nor_postgres_is_refused_by_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.open("jdbc:mysql://localhost/doyak?password=hunter2", Optional.empty()));
        assertTrue(e.getMessage().contains("jdbc:postgresql://HOST:PORT/DB"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void the_password_in_a_url_is_hidden_in_logs() {
        assertEquals("jdbc:postgresql://db:5432/doyak?user=doyak&password=***&ssl=true",
                Database.redacted("jdbc:postgresql://db:5432/doyak?user=doyak&password=s3cr%26t&ssl=true"));
    }
}
