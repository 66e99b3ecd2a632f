package org.doyak.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.doyak.testing.WebClient;

/** A counselor's browser in tests: keeps the session cookie and sends this server's Origin. */
final class ConsoleClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    ConsoleClient(String base) {
        this.base = base;
    }

    HttpClient http() {
        return http;
    }

    WebClient.Response login(String username, String password) {
        return post("/api/console/login", JSON.createObjectNode().put("username", username)
                .put("password", password).toString());
    }

    WebClient.Response get(String path) {
        return send("GET", path, null, base);
    }

    WebClient.Response post(String path, String body) {
        return send("POST", path, body, base);
    }

    /** Any request; {@code origin} null sends no Origin header. */
    WebClient.Response send(String method, String path, String body, String origin) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (origin != null) {
            r.header("Origin", origin);
        }
        try {
            HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = JSON.missingNode();
            }
            return new WebClient.Response(response.statusCode(), json == null ? JSON.missingNode() : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
