package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.doyak.testing.Eventually;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.doyak.testing.WebClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversation in a center's context: the widget's center, a Telegram deep link, an unknown center refused. */
class CenterContextIT {
    @TempDir
    Path dir;
    private FakeBotApi api;
    private TestServer server;
    private WebClient client;
    private final Updates updates = new Updates();

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of()));
        client = new WebClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    private WebClient.Session session(String body) {
        Response created = client.send("POST", "/api/web/sessions", body, null);
        assertEquals(201, created.status(), created.toString());
        return new WebClient.Session(created.body().path("sessionId").asText(), created.body().path("token").asText());
    }

    @Test
    void a_widget_session_for_a_center_answers_for_that_center() {
        WebClient.Session s = session("{\"lang\":\"ko\",\"center\":\"jeonbuk\"}");
        String menu = client.press(s, "menu").body().path("messages").get(0).path("text").asText();
        assertTrue(menu.contains("전라북도 일자리센터 상담 챗봇"), menu);
        String center = client.press(s, "centers").body().path("messages").toString();
        assertTrue(center.contains("이 상담창은 전라북도 일자리센터 안내예요") && center.contains("1577-0365"), center);
    }

    @Test
    void an_unknown_center_is_refused_with_400_and_names_the_known_ones() {
        Response refused = client.send("POST", "/api/web/sessions", "{\"center\":\"atlantis\"}", null);
        assertEquals(400, refused.status());
        String error = refused.body().path("error").asText();
        assertTrue(error.contains("atlantis") && error.contains("jeonbuk"), error);
        assertEquals(400, client.send("POST", "/api/web/sessions", "{\"center\":42}", null).status());
    }

    @Test
    void a_telegram_deep_link_with_a_center_puts_the_chat_in_its_context() {
        api.deliver(updates.text(70, "ko", "/start jeonbuk"));
        Eventually.until(() -> api.textsTo(70), t -> t.stream().anyMatch(x -> x.contains("전라북도 일자리센터 상담 챗봇")),
                Duration.ofSeconds(20), "the greeting naming the center");
        api.deliver(updates.text(70, "ko", "센터 찾기"));
        Eventually.until(() -> api.textsTo(70), t -> t.stream().anyMatch(x -> x.contains("이 상담창은 전라북도 일자리센터")),
                Duration.ofSeconds(20), "the center's own details");
    }
}
