package org.doyak.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.doyak.testing.Eventually;
import org.doyak.testing.TestDatabase;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away while the server runs (its database refuses connections and the open ones are ended):
 * {@code /health} answers 503, a seeker's message 503 with {@code Retry-After}, liveness stays 200; once the
 * database takes connections again, health is 200 and messages are answered, without a restart.
 */
class PostgresOutageIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void an_unreachable_database_makes_health_and_messages_503_until_it_is_back() throws Exception {
        try (TestDatabase db = TestDatabase.postgres(); TestServer server = TestServer.start(db)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session seeker = web.newSession("ko");
            assertEquals(200, web.say(seeker, "안녕하세요").status());
            String name = db.url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
            try (Connection admin = DriverManager.getConnection(
                    System.getenv().getOrDefault("DOYAK_TEST_PG_URL", TestDatabase.DEFAULT_PG_URL));
                    Statement s = admin.createStatement()) {
                s.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");

                Eventually.until(() -> get(server, "/health"), r -> r.statusCode() == 503
                        && r.body().contains("the database cannot be reached"), WAIT, "/health 503, and why");
                assertEquals(200, status(server, "/health/live"));
                for (int i = 0; i < 2; i++) { // the first may meet an ended connection, the second none at all
                    long start = System.nanoTime();
                    HttpResponse<String> message = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                            + "/api/web/sessions/" + seeker.id() + "/messages")).timeout(WAIT)
                            .header("Authorization", "Bearer " + seeker.token())
                            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"실업급여 알려 주세요\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(503, message.statusCode(), message.body());
                    assertTrue(message.headers().firstValue("Retry-After").isPresent(), "Retry-After");
                    assertTrue(message.body().startsWith("{\"error\""), message.body());
                    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
                    assertTrue(millis < 12_000, "the seeker waits " + millis + " ms for the 503");
                }

                s.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
            }
            Eventually.until(() -> status(server, "/health"), code -> code == 200, WAIT, "/health 200 again");
            assertEquals(200, web.say(seeker, "실업급여 알려 주세요").status());
        }
    }

    private int status(TestServer server, String path) {
        return get(server, path).statusCode();
    }

    private HttpResponse<String> get(TestServer server, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(WAIT).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
