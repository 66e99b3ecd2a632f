package org.doyak.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.doyak.testing.Eventually;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database file goes bad while the server runs: {@code /health} answers 503 with the reason, a seeker's
 * message is answered 503 with {@code Retry-After} (never a 500 or a stack trace; the widget keeps the text),
 * liveness stays 200, and health is 200 again once the fault is gone, without a restart.
 */
class StorageFaultsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Breaks the database of a running server, runs {@code whileBroken}, then removes the fault. */
    private interface Fault {
        void during(TestServer server, Path dir, Check whileBroken) throws Exception;
    }

    private interface Check {
        void run() throws Exception;
    }

    @Test
    void a_file_made_unwritable_at_run_time_makes_health_and_messages_503_until_it_is_writable_again(
            @TempDir Path dir) throws Exception {
        survives(dir, "I/O error", (server, folder, whileBroken) -> {
            Path db = folder.resolve("doyak.db");
            Path wal = folder.resolve("doyak.db-wal");
            // chmod does not stop a process that holds the file open (nor root); the immutable flag does.
            // Never on -shm: SQLite maps it into memory, and a write to an immutable mapping kills the process.
            Assumptions.assumeTrue(chattr("+i", db), "chattr +i needs root on a file system with attributes");
            try {
                assertTrue(chattr("+i", wal));
                whileBroken.run();
            } finally {
                chattr("-i", wal);
                chattr("-i", db);
            }
        });
    }

    @Test
    void a_database_locked_by_a_sqlite3_process_makes_health_and_messages_503_until_it_lets_go(
            @TempDir Path dir) throws Exception {
        survives(dir, "locked by another process", (server, folder, whileBroken) -> {
            Process sqlite3 = new ProcessBuilder("sqlite3", folder.resolve("doyak.db").toString())
                    .redirectErrorStream(true).start();
            try (Writer in = sqlite3.outputWriter(StandardCharsets.UTF_8);
                    BufferedReader out = new BufferedReader(new InputStreamReader(sqlite3.getInputStream(),
                            StandardCharsets.UTF_8))) {
                in.write(".timeout 20000\nBEGIN EXCLUSIVE;\nUPDATE health_probe SET probed_at = 'held';\n"
                        + "SELECT 'holding';\n");
                in.flush();
                assertEquals("holding", out.readLine(), "sqlite3 took the lock");
                whileBroken.run();
                in.write("ROLLBACK;\n.quit\n");
                in.flush();
                assertEquals(0, sqlite3.waitFor(), "sqlite3 let go");
            } finally {
                sqlite3.destroy();
            }
        });
    }

    @Test
    void corrupt_pages_under_the_seekers_messages_make_health_and_messages_503_until_they_are_repaired(
            @TempDir Path dir) throws Exception {
        survives(dir, "corrupt", (server, folder, whileBroken) -> {
            Path db = folder.resolve("doyak.db");
            long page;
            try (Connection c = DriverManager.getConnection(server.databaseUrl()); Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                try (ResultSet r = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'messages'")) {
                    assertTrue(r.next());
                    page = r.getLong(1);
                }
            }
            byte[] sound = new byte[4096];
            try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
                file.seek((page - 1) * sound.length);
                file.readFully(sound);
                file.seek((page - 1) * sound.length);
                file.write("garbage!".repeat(sound.length / 8).getBytes(StandardCharsets.US_ASCII));
            }
            whileBroken.run();
            try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
                file.seek((page - 1) * sound.length);
                file.write(sound);
            }
            try (Connection c = DriverManager.getConnection(server.databaseUrl()); Statement s = c.createStatement()) {
                s.execute("UPDATE health_probe SET probed_at = 'repaired'"); // a new log: every cache rereads
            }
        });
    }

    /**
     * A seeker talks; while {@code fault} holds, their message is answered 503 and /health says {@code reason};
     * once it is gone, health is 200 and the message is answered, stored once.
     */
    private void survives(Path dir, String reason, Fault fault) throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            WebClient.Session seeker = talking(server);
            fault.during(server, dir, () -> assertUnavailable(server, seeker, reason));
            assertHealthyAgain(server, seeker);
        }
    }

    /** A seeker who has had a turn (so every table the turn writes has pages). */
    private static WebClient.Session talking(TestServer server) {
        WebClient web = new WebClient(server.baseUrl());
        WebClient.Session seeker = web.newSession("ko");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, web.say(seeker, "안녕하세요 " + i).status());
        }
        return seeker;
    }

    private void assertUnavailable(TestServer server, WebClient.Session seeker, String reason) throws Exception {
        HttpResponse<String> message = say(server, seeker, "실업급여 신청하고 싶어요");
        assertEquals(503, message.statusCode(), message.body());
        assertTrue(message.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertEquals("storage is unavailable for a moment; try again shortly",
                JSON.readTree(message.body()).path("error").asText(), message.body());
        assertFalse(message.body().contains("Exception") || message.body().contains("at org."), message.body());

        HttpResponse<String> health = Eventually.until(() -> get(server, "/health"), r -> r.statusCode() == 503,
                WAIT, "/health to answer 503");
        JsonNode body = JSON.readTree(health.body());
        assertEquals("unavailable", body.path("status").asText(), health.body());
        assertTrue(body.path("reason").asText().contains(reason), health.body());
        assertTrue(health.headers().firstValue("Retry-After").isPresent(), "Retry-After on /health");
        assertEquals(503, get(server, "/health/ready").statusCode());
        assertEquals(200, get(server, "/health/live").statusCode());
    }

    private void assertHealthyAgain(TestServer server, WebClient.Session seeker) throws Exception {
        Eventually.until(() -> get(server, "/health").statusCode(), code -> code == 200, WAIT, "/health 200 again");
        assertEquals(200, get(server, "/health/ready").statusCode());
        HttpResponse<String> message = say(server, seeker, "실업급여 신청하고 싶어요");
        assertEquals(200, message.statusCode(), message.body());
        JsonNode history = new WebClient(server.baseUrl()).history(seeker).body().path("messages");
        long asked = 0;
        for (JsonNode m : history) {
            asked += "user".equals(m.path("from").asText()) && m.path("text").asText().startsWith("실업급여") ? 1 : 0;
        }
        assertEquals(1, asked, "only the answered message is stored, once: " + history);
    }

    private HttpResponse<String> say(TestServer server, WebClient.Session seeker, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/web/sessions/" + seeker.id()
                + "/messages")).timeout(WAIT).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + seeker.token())
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("text", text).toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(TestServer server, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(WAIT).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean chattr(String flag, Path file) throws Exception {
        return new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true).start().waitFor() == 0;
    }
}
