package org.doyak.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.doyak.testing.WebClient;

/** One widget conversation in a test: sends, and asserts on the bot's replies to the last message. */
final class Chat {
    private final WebClient client;
    private final WebClient.Session session;
    private JsonNode last;

    Chat(String baseUrl, String lang) {
        this.client = new WebClient(baseUrl);
        this.session = client.newSession(lang);
    }

    Chat say(String text) {
        return keep(client.say(session, text));
    }

    Chat press(String payload) {
        return keep(client.press(session, payload));
    }

    /** All reply texts of the last message, joined with newlines. */
    String text() {
        List<String> texts = new ArrayList<>();
        last.get("messages").forEach(m -> texts.add(m.get("text").asText()));
        return String.join("\n", texts);
    }

    /** The payloads of every button in the last replies. */
    List<String> payloads() {
        List<String> payloads = new ArrayList<>();
        last.get("messages").forEach(m -> m.path("buttons").forEach(b -> payloads.add(b.get("payload").asText())));
        return payloads;
    }

    Chat expect(String... fragments) {
        for (String f : fragments) {
            assertTrue(text().contains(f), () -> "expected '" + f + "' in:\n" + text());
        }
        return this;
    }

    Chat expectNot(String... fragments) {
        for (String f : fragments) {
            assertTrue(!text().contains(f), () -> "did not expect '" + f + "' in:\n" + text());
        }
        return this;
    }

    Chat offers(String... payloads) {
        for (String p : payloads) {
            assertTrue(payloads().contains(p), () -> "expected a button '" + p + "' in " + payloads());
        }
        return this;
    }

    /** The whole stored conversation. */
    JsonNode history() {
        return client.history(session).body().get("messages");
    }

    private Chat keep(WebClient.Response response) {
        assertEquals(200, response.status(), () -> "status " + response.status() + ": " + response.body());
        last = response.body();
        return this;
    }
}
