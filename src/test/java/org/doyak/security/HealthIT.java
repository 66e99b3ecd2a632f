package org.doyak.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.doyak.testing.Eventually;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /health proves the database takes writes; storage failures answer 503 with Retry-After, never a 500. */
class HealthIT {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private int health(TestServer server) {
        try {
            return send("GET", server.baseUrl() + "/health", null).statusCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> send(String method, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_writes_to_the_database_and_answers_ok(@TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            HttpResponse<String> health = send("GET", server.baseUrl() + "/health", null);
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
            try (Connection c = DriverManager.getConnection(server.databaseUrl());
                    ResultSet r = c.createStatement().executeQuery("SELECT probed_at FROM health_probe")) {
                assertTrue(r.next());
                assertTrue(r.getString(1).startsWith("20"), "the probe wrote a time: " + r.getString(1));
            }
            assertEquals(200, send("GET", server.baseUrl() + "/health/live", null).statusCode());
            assertEquals(200, send("GET", server.baseUrl() + "/health/ready", null).statusCode());
        }
    }

    @Test
    void a_database_locked_by_another_process_makes_health_503_and_writes_503_with_retry_after(@TempDir Path dir)
            throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            try (Connection other = DriverManager.getConnection(server.databaseUrl());
                    Statement s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                s.execute("UPDATE health_probe SET probed_at = 'held' WHERE id = 1");
                Eventually.until(() -> health(server), code -> code == 503, Duration.ofSeconds(10),
                        "/health to see the locked database once its last probe expires");
                long start = System.nanoTime();
                HttpResponse<String> health = send("GET", server.baseUrl() + "/health", null);
                assertEquals(503, health.statusCode(), health.body());
                assertTrue(health.body().contains("\"status\":\"unavailable\""), health.body());
                assertNotNull(health.headers().firstValue("Retry-After").orElse(null));
                assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos(), "health answers quickly");
                assertEquals(200, send("GET", server.baseUrl() + "/health/live", null).statusCode());

                HttpResponse<String> write = send("POST", server.baseUrl() + "/api/web/sessions", "{}");
                assertEquals(503, write.statusCode(), write.body());
                assertTrue(write.headers().firstValue("Retry-After").isPresent());
                assertTrue(write.body().startsWith("{\"error\""), write.body());
                assertTrue(!write.body().contains("Exception") && !write.body().contains("at org."), write.body());
                s.execute("ROLLBACK");
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            int status = 0;
            while (status != 200 && System.nanoTime() < deadline) {
                status = send("GET", server.baseUrl() + "/health", null).statusCode();
            }
            assertEquals(200, status, "healthy again once the lock is gone");
        }
    }
}
