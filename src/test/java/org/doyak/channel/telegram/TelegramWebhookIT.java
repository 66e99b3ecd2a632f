package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real service in webhook mode: updates arrive on our own route, replies go to a Bot API stand-in. */
class TelegramWebhookIT {
    private static final String HOOK = "https://doyak.example/telegram/webhook";
    private static final String SECRET = "s3cret-token";
    @TempDir
    Path dir;
    private FakeBotApi api;
    private TestServer server;
    private final Updates updates = new Updates();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of("DOYAK_TELEGRAM_WEBHOOK_URL", HOOK,
                "DOYAK_TELEGRAM_WEBHOOK_SECRET", SECRET)));
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    private int post(ObjectNode update, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
        if (secret != null) {
            request.header(TelegramRoutes.SECRET_HEADER, secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void the_webhook_is_registered_with_the_secret_once_across_restarts() throws Exception {
        JsonNode set = api.await("setWebhook", 1).get(0).body();
        assertEquals(HOOK, set.path("url").asText());
        assertEquals(SECRET, set.path("secret_token").asText());
        server.close();
        server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of("DOYAK_TELEGRAM_WEBHOOK_URL", HOOK,
                "DOYAK_TELEGRAM_WEBHOOK_SECRET", SECRET)));
        api.await("getWebhookInfo", 2);
        Thread.sleep(300);
        assertEquals(1, api.calls("setWebhook").size());
        assertEquals(0, api.calls("getUpdates").size() + api.calls("deleteWebhook").size());
    }

    @Test
    void a_request_without_the_right_secret_is_refused_with_401() throws Exception {
        assertEquals(401, post(updates.text(60, "ko", "/start"), null));
        assertEquals(401, post(updates.text(60, "ko", "/start"), "wrong"));
        Thread.sleep(300);
        assertEquals(List.of(), api.textsTo(60));
    }

    @Test
    void a_conversation_with_buttons_runs_end_to_end() throws Exception {
        assertEquals(200, post(updates.text(61, "ko", "/start"), SECRET));
        JsonNode menu = api.await("sendMessage", 1).get(0).body();
        assertTrue(TelegramLongPollingIT.callbackData(menu).contains("counselor"), menu.toString());
        assertEquals(200, post(updates.press(61, "ko", "counselor"), SECRET));
        JsonNode question = api.await("sendMessage", 2).get(1).body();
        assertTrue(TelegramLongPollingIT.callbackData(question).containsAll(List.of("yes", "no")));
        assertEquals(200, post(updates.press(61, "ko", "no"), SECRET));
        api.await("answerCallbackQuery", 2);
        assertTrue(api.await("sendMessage", 3).get(2).body().path("text").asText().contains("계속 도와"));
    }

    @Test
    void the_same_update_posted_twice_is_handled_once() throws Exception {
        ObjectNode update = updates.text(62, "ko", "/start");
        assertEquals(200, post(update, SECRET));
        assertEquals(200, post(update, SECRET));
        api.await("sendMessage", 1);
        Thread.sleep(300);
        assertEquals(1, api.textsTo(62).size());
    }

    @Test
    void continue_on_telegram_carries_the_web_conversation_over_once() throws Exception {
        WebClient web = new WebClient(server.baseUrl());
        WebClient.Session session = web.newSession("ko");
        web.press(session, "centers");
        String path = "/api/web/sessions/" + session.id() + "/telegram-link";
        assertEquals(401, web.send("POST", path, "{}", "wrong").status());
        WebClient.Response link = web.send("POST", path, "{}", session.token());
        assertEquals(200, link.status(), link.toString());
        String url = link.body().path("url").asText();
        String prefix = "https://t.me/" + FakeBotApi.BOT_NAME + "?start=";
        assertTrue(url.startsWith(prefix), url);
        String code = url.substring(prefix.length());

        assertEquals(200, post(updates.text(63, "ko", "/start " + code), SECRET));
        api.await("sendMessage", 2);
        List<String> texts = api.textsTo(63);
        assertEquals("웹에서 하던 대화를 여기서 이어갈게요.", texts.get(0));
        assertTrue(texts.get(1).contains("지역"), texts.toString());
        assertEquals(200, post(updates.press(63, "ko", "전북"), SECRET));
        api.await("sendMessage", 4);
        assertEquals(404, web.history(session).status(), "the web session moved to Telegram");

        assertEquals(200, post(updates.text(64, "ko", "/start " + code), SECRET));
        api.await("sendMessage", 6);
        assertEquals("이 연결 링크는 만료되었거나 이미 사용되었어요. 여기서 새로 시작할게요.", api.textsTo(64).get(0));
    }
}
