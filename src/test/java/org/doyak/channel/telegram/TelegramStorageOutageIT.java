package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.doyak.testing.Eventually;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long polling while the database cannot be written: TelegramBots has already moved past the update, so the
 * service holds it (no later update is fetched meanwhile) and handles it once storage is back; the seeker's
 * message is answered and stored once, never dropped.
 */
class TelegramStorageOutageIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_message_that_arrives_while_the_database_is_unwritable_is_answered_once_it_is_back(@TempDir Path dir)
            throws Exception {
        try (FakeBotApi api = new FakeBotApi();
                TestServer server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of()))) {
            Updates updates = new Updates();
            api.deliver(updates.text(60, "ko", "/start"));
            api.awaitText(60, 0, "도약");
            int before = api.textsTo(60).size();
            Path db = dir.resolve("doyak.db");
            Path wal = dir.resolve("doyak.db-wal");
            // the immutable flag stops writes through files SQLite already holds open (chmod would not, nor
            // for root); never on -shm, which SQLite maps into memory
            Assumptions.assumeTrue(chattr("+i", db), "chattr +i needs root on a file system with attributes");
            try {
                assertTrue(chattr("+i", wal));
                long delivered = System.currentTimeMillis();
                api.deliver(updates.text(60, "ko", "실업급여 받을 수 있어요?"));
                Eventually.until(api::polls, polls -> polls.stream().anyMatch(at -> at >= delivered), WAIT,
                        "a poll that hands the update over");
                Eventually.until(() -> health(server), body -> body.contains("I/O error"), WAIT,
                        "/health to report the failed writes");
            } finally {
                chattr("-i", wal);
                chattr("-i", db);
            }
            Eventually.until(() -> api.textsTo(60).size(), n -> n > before, WAIT, "the held message's answer");
            try (Connection c = DriverManager.getConnection(server.databaseUrl());
                    ResultSet r = c.createStatement().executeQuery(
                            "SELECT count(*) FROM messages WHERE sender = 'user' AND body LIKE '실업급여%'")) {
                assertTrue(r.next());
                assertEquals(1, r.getInt(1), "the message is stored once");
            }
        }
    }

    private String health(TestServer server) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean chattr(String flag, Path file) throws Exception {
        return new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start().waitFor() == 0;
    }
}
