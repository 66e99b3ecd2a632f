package org.doyak.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NluRoutesIT {
    static TestServer server;
    static WebClient client;

    @BeforeAll
    static void start(@TempDir Path tmp) {
        server = TestServer.start(tmp);
        client = new WebClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode parse(String json) {
        WebClient.Response r = client.send("POST", "/api/nlu/parse", json, null);
        assertEquals(200, r.status(), r.body().toString());
        return r.body();
    }

    @Test
    void korean_with_shorthand_gets_the_intent_and_entities_with_offsets() {
        String text = "25살 미취업인데 부천 살아요 국취 되나요?";
        JsonNode r = parse("{\"text\":\"" + text + "\"}");
        assertEquals(text, r.path("text").asText());
        assertEquals("ko", r.path("language").asText());
        assertEquals("program_search", r.path("intent").path("name").asText());
        assertTrue(r.path("intent").path("confidence").asDouble() > 0.5);
        assertEquals("program_search", r.path("ranking").get(0).path("name").asText());
        boolean region = false;
        for (JsonNode e : r.path("entities")) {
            String surface = text.substring(e.path("start").asInt(), e.path("end").asInt());
            if ("region".equals(e.path("type").asText())) {
                region = true;
                assertEquals("부천", e.path("value").asText());
                assertEquals("부천", surface);
            }
            if ("age".equals(e.path("type").asText())) {
                assertEquals("25", e.path("value").asText());
                assertEquals("25살", surface);
            }
        }
        assertTrue(region, r.toString());
    }

    @Test
    void english_and_mixed_text_are_understood_and_the_language_detected() {
        JsonNode en = parse("{\"text\":\"how do I write a good cover letter\",\"lang\":\"ko\"}");
        assertEquals("en", en.path("language").asText());
        assertEquals("resume_help", en.path("intent").path("name").asText());
        JsonNode mixed = parse("{\"text\":\"면접 준비 도와주세요 interview tips\"}");
        assertEquals("ko", mixed.path("language").asText());
        assertEquals("interview_prep", mixed.path("intent").path("name").asText());
    }

    @Test
    void a_question_the_bot_is_not_for_is_out_of_scope() {
        assertEquals("out_of_scope", parse("{\"text\":\"what's the weather in Busan tomorrow\"}")
                .path("intent").path("name").asText());
    }

    @Test
    void bad_requests_get_json_errors() {
        assertEquals(400, client.send("POST", "/api/nlu/parse", "{nope", null).status());
        assertEquals(400, client.send("POST", "/api/nlu/parse", "{\"text\":\"\"}", null).status());
        assertEquals(413, client.send("POST", "/api/nlu/parse", "{\"text\":\"" + "가".repeat(4001) + "\"}", null)
                .status());
    }
}
