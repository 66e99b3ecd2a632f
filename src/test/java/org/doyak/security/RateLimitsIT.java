package org.doyak.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.doyak.AppConfig;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Floods of new sessions and messages get 429 with Retry-After, per address and per session; others go on. */
class RateLimitsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private TestServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        // A stopped clock: no token comes back during the test, however slow the machine.
        server = TestServer.start(dir, AppConfig.from(Map.of(), Map.of("DOYAK_BEHIND_PROXY", "true")),
                Clock.fixed(Instant.now(), ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String body, String address, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode session(String address) throws Exception {
        HttpResponse<String> r = post("/api/web/sessions", "{}", address, null);
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void new_sessions_past_the_burst_from_one_address_get_429_and_another_address_does_not() throws Exception {
        int created = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            HttpResponse<String> r = post("/api/web/sessions", "{}", "10.8.0.1", null);
            if (r.statusCode() == 201) {
                created++;
            } else {
                refused = r;
            }
        }
        assertEquals(60, created);
        assertEquals(429, refused.statusCode());
        assertTrue(Integer.parseInt(refused.headers().firstValue("Retry-After").orElse("0")) >= 1);
        assertTrue(JSON.readTree(refused.body()).path("error").asText().contains("too many"), refused.body());
        session("10.8.0.2");
    }

    @Test
    void messages_past_the_burst_in_one_session_get_429_and_are_not_stored() throws Exception {
        JsonNode s = session("10.7.0.1");
        String path = "/api/web/sessions/" + s.path("sessionId").asText() + "/messages";
        String token = s.path("token").asText();
        int answered = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 100 && refused == null; i++) {
            HttpResponse<String> r = post(path, "{\"text\":\"안녕 " + i + "\"}", "10.7.0.1", token);
            if (r.statusCode() == 200) {
                answered++;
            } else {
                refused = r;
            }
        }
        assertEquals(30, answered);
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        HttpResponse<String> history = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        String stored = history.body();
        assertTrue(stored.contains("안녕 29") && !stored.contains("안녕 30"), "the refused message is not stored");
        JsonNode other = session("10.7.0.1");
        assertEquals(200, post("/api/web/sessions/" + other.path("sessionId").asText() + "/messages",
                "{\"text\":\"안녕\"}", "10.7.0.1", other.path("token").asText()).statusCode(),
                "another session from the same address goes on");
    }

    @Test
    void long_texts_from_one_address_run_out_of_their_character_budget() throws Exception {
        String text = "가".repeat(4_000);
        int accepted = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 80 && refused == null; i++) {
            JsonNode s = session(i < 59 ? "10.6.0.1" : "10.6.0." + i);
            HttpResponse<String> r = post("/api/web/sessions/" + s.path("sessionId").asText() + "/messages",
                    "{\"text\":\"" + text + "\"}", "10.6.0.9", s.path("token").asText());
            if (r.statusCode() == 200) {
                accepted++;
            } else {
                refused = r;
            }
        }
        assertEquals(50, accepted, "200,000 characters from one address, then 429");
        assertEquals(429, refused.statusCode(), refused.body());
    }
}
