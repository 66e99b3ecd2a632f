package org.doyak.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the widget API in tests. Thread-safe. */
public final class WebClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    /** A client of the server at {@code base}. */
    public WebClient(String base) {
        this.base = base;
    }

    /**
     * A response: status and parsed JSON body (a missing node when the body was not JSON).
     *
     * @param status HTTP status
     * @param body the JSON body
     */
    public record Response(int status, JsonNode body) {
    }

    /** A widget session: its id and token. */
    public record Session(String id, String token) {
    }

    /** Creates a session in a language. */
    public Session newSession(String lang) {
        Response r = send("POST", "/api/web/sessions", "{\"lang\":\"" + lang + "\"}", null);
        if (r.status() != 201) {
            throw new IllegalStateException("session not created: " + r);
        }
        return new Session(r.body().get("sessionId").asText(), r.body().get("token").asText());
    }

    /** Sends a text. */
    public Response say(Session s, String text) {
        return send("POST", "/api/web/sessions/" + s.id() + "/messages",
                JSON.createObjectNode().put("text", text).toString(), s.token());
    }

    /** Presses a button. */
    public Response press(Session s, String payload) {
        return send("POST", "/api/web/sessions/" + s.id() + "/messages",
                JSON.createObjectNode().put("payload", payload).toString(), s.token());
    }

    /** The whole conversation. */
    public Response history(Session s) {
        return send("GET", "/api/web/sessions/" + s.id() + "/messages", null, s.token());
    }

    /** Any request; {@code body} null sends none, {@code token} null sends no Authorization. */
    public Response send(String method, String path, String body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        request.header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = JSON.missingNode();
            }
            return new Response(response.statusCode(), json == null ? JSON.missingNode() : json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
