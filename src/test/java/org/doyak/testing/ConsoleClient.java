package org.doyak.testing;

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

/** A counselor's browser in tests: keeps the session cookie and sends this server's Origin. */
public final class ConsoleClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** A counselor's client of the server at {@code base}, logged in by {@link #login}. */
    public ConsoleClient(String base) {
        this.base = base;
    }

    /** The server's base URL, {@code http://127.0.0.1:PORT}. */
    public String base() {
        return base;
    }

    /** The HTTP client with the session cookie, e.g. to open {@code /ws/console}. */
    public HttpClient http() {
        return http;
    }

    /** Logs in; the session cookie is kept for later requests. */
    public WebClient.Response login(String username, String password) {
        return post("/api/console/login", JSON.createObjectNode().put("username", username)
                .put("password", password).toString());
    }

    /** A GET. */
    public WebClient.Response get(String path) {
        return send("GET", path, null, base);
    }

    /** A POST with this server's Origin. */
    public WebClient.Response post(String path, String body) {
        return send("POST", path, body, base);
    }

    /** Any request; {@code origin} null sends no Origin header. */
    public WebClient.Response send(String method, String path, String body, String origin) {
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
