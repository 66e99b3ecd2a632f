package org.doyak.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.doyak.AppConfig;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password guessing is slowed per name and per address, in parallel too, alike for known and unknown names. */
class LoginLimitsIT {
    private static final String PASSWORD = "correct-horse-9";
    @TempDir
    Path dir;
    private TestServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        // A stopped clock: a wait never runs out between two requests, however slow the machine.
        server = TestServer.start(dir, AppConfig.from(Map.of(), Map.of("DOYAK_BEHIND_PROXY", "true")),
                Clock.fixed(Instant.now(), ZoneOffset.UTC));
        server.addStaff("mina", "counselor", PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private CompletableFuture<HttpResponse<String>> login(String name, String password, String address) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/console/login"))
                .header("Origin", server.baseUrl()).header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"password\":\""
                        + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void parallel_guesses_are_counted_one_by_one_and_the_right_password_waits_too() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            guesses.add(login("mina", "guess-" + i, "10.0.0." + i));
        }
        guesses.add(login("mina", PASSWORD, "10.0.1.1"));
        int checked = 0;
        int throttled = 0;
        for (CompletableFuture<HttpResponse<String>> g : guesses) {
            HttpResponse<String> r = g.join();
            if (r.statusCode() == 429) {
                throttled++;
                assertTrue(r.headers().firstValue("Retry-After").isPresent());
            } else {
                checked++;
                assertEquals(401, r.statusCode(), "the right password after throttling is not accepted either");
            }
        }
        assertTrue(checked <= 6, checked + " passwords checked");
        assertEquals(41, checked + throttled);
    }

    @Test
    void known_and_unknown_names_answer_alike() throws Exception {
        for (int i = 0; i < 6; i++) {
            int known = login("mina", "wrong", "10.1.0." + i).join().statusCode();
            int unknown = login("nobody", "wrong", "10.2.0." + i).join().statusCode();
            assertEquals(known, unknown, "attempt " + (i + 1));
        }
        assertEquals(429, login("nobody", "wrong", "10.2.0.99").join().statusCode());
    }

    @Test
    void guesses_from_one_address_are_slowed_across_names_but_a_counselor_elsewhere_logs_in() throws Exception {
        int throttled = 0;
        for (int i = 0; i < 12; i++) {
            if (login("name" + i, "wrong", "10.3.0.1").join().statusCode() == 429) {
                throttled++;
            }
        }
        assertTrue(throttled >= 1, "the address is slowed after ten failures");
        assertEquals(200, login("mina", PASSWORD, "10.4.0.1").join().statusCode());
    }
}
