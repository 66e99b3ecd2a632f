package org.doyak.channel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.doyak.testing.OnEachDatabase;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.doyak.testing.WebClient.Response;
import org.doyak.testing.WebClient.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebApiIT extends OnEachDatabase {
    TestServer server;
    WebClient client;

    @BeforeEach
    void start() {
        server = TestServer.start(database());
        client = new WebClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_session_answers_a_greeting_with_the_menu_and_keeps_the_history() {
        Session s = client.newSession("ko");
        Response reply = client.say(s, "안녕하세요");
        assertEquals(200, reply.status());
        JsonNode first = reply.body().path("messages").get(0);
        assertEquals("bot", first.path("from").asText());
        assertTrue(first.path("text").asText().contains("챗봇"));
        assertEquals("career", first.path("buttons").get(0).path("payload").asText());

        client.press(s, "centers");
        JsonNode history = client.history(s).body().path("messages");
        assertEquals(4, history.size());
        assertEquals("user", history.get(0).path("from").asText());
        assertEquals("안녕하세요", history.get(0).path("text").asText());
        assertEquals("센터 찾기", history.get(2).path("text").asText(), "a pressed button shows its title");
        assertFalse(history.get(3).path("at").asText().isEmpty());
    }

    @Test
    void an_english_session_gets_english() {
        Session s = client.newSession("en");
        assertTrue(client.say(s, "/start").body().path("messages").get(0).path("text").asText().contains("Hello"));
    }

    @Test
    void a_wrong_or_missing_token_is_401_and_stores_nothing() {
        Session s = client.newSession("ko");
        client.say(s, "안녕");
        String path = "/api/web/sessions/" + s.id() + "/messages";
        assertEquals(401, client.send("POST", path, "{\"text\":\"hi\"}", "wrong").status());
        assertEquals(401, client.send("POST", path, "{\"text\":\"hi\"}", null).status());
        assertEquals(401, client.send("GET", path, null, "wrong").status());
        assertEquals("missing or wrong token",
                client.send("POST", path, "{\"text\":\"hi\"}", null).body().path("error").asText());
        assertEquals(2, client.history(s).body().path("messages").size());
    }

    @Test
    void an_unknown_session_is_404() {
        Response r = client.send("POST", "/api/web/sessions/no-such/messages", "{\"text\":\"hi\"}", "t");
        assertEquals(404, r.status());
        assertEquals("unknown session", r.body().path("error").asText());
        assertEquals(404, client.send("GET", "/api/web/sessions/no-such/messages", null, "t").status());
        Response noRoute = client.send("GET", "/api/no-such-route", null, null);
        assertEquals(404, noRoute.status());
        assertEquals("not found", noRoute.body().path("error").asText());
    }

    @Test
    void without_telegram_the_continue_on_telegram_link_is_404_so_the_widget_hides_it() {
        Session s = client.newSession("ko");
        Response r = client.send("POST", "/api/web/sessions/" + s.id() + "/telegram-link", "{}", s.token());
        assertEquals(404, r.status());
        assertEquals(204, client.send("OPTIONS", "/api/web/sessions/" + s.id() + "/telegram-link", null, null)
                .status(), "the widget on another site may ask (preflight)");
    }

    @Test
    void malformed_bodies_are_400_with_a_json_error_and_store_nothing() {
        Session s = client.newSession("ko");
        String path = "/api/web/sessions/" + s.id() + "/messages";
        String[] bodies = {"{bad json", "[]", "{}", "{\"text\":\"\"}", "{\"text\":\"  \"}", "{\"text\":5}",
            "{\"text\":\"a\",\"payload\":\"b\"}", "{\"payload\":\"\"}"};
        for (String body : bodies) {
            Response r = client.send("POST", path, body, s.token());
            assertEquals(400, r.status(), body);
            assertFalse(r.body().path("error").asText().isEmpty(), body);
        }
        assertEquals(400, client.send("POST", "/api/web/sessions", "{nope", null).status());
        assertEquals(0, client.history(s).body().path("messages").size());
    }

    @Test
    void a_text_over_4000_characters_is_413_and_4000_is_accepted() {
        Session s = client.newSession("ko");
        Response tooLong = client.say(s, "가".repeat(4001));
        assertEquals(413, tooLong.status());
        assertTrue(tooLong.body().path("error").asText().contains("4000"));
        assertEquals(0, client.history(s).body().path("messages").size());
        assertEquals(200, client.say(s, "가".repeat(4000)).status());
    }

    @Test
    void a_huge_body_is_refused_without_harm() {
        Session s = client.newSession("ko");
        Response r = client.say(s, "x".repeat(200_000));
        assertEquals(413, r.status());
        assertEquals(200, client.say(s, "안녕").status());
    }

    @Test
    void health_answers_ok() {
        Response r = client.send("GET", "/health", null, null);
        assertEquals(200, r.status());
        assertEquals("ok", r.body().path("status").asText());
    }
}
