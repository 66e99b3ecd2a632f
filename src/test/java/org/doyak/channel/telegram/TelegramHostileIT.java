package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.testing.Eventually;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forged or odd Telegram updates get a handled answer; /delete erases on Telegram as on the web. */
class TelegramHostileIT {
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
        server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of("DOYAK_TELEGRAM_WEBHOOK_URL",
                "https://doyak.example/telegram/webhook", "DOYAK_TELEGRAM_WEBHOOK_SECRET", SECRET)));
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    private int post(ObjectNode update) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/telegram/webhook"))
                .header("Content-Type", "application/json").header(TelegramRoutes.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(server.databaseUrl());
                ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }

    @Test
    void a_message_without_a_chat_or_sender_is_ignored_not_a_500() throws Exception {
        ObjectNode noChat = updates.text(70, "ko", "/delete");
        ((ObjectNode) noChat.get("message")).remove("chat");
        assertEquals(200, post(noChat));
        ObjectNode noFrom = updates.press(71, "ko", "menu");
        ((ObjectNode) noFrom.get("callback_query")).remove("from");
        assertEquals(200, post(noFrom));
        ObjectNode noQueryChat = updates.press(72, "ko", "menu");
        ((ObjectNode) noQueryChat.path("callback_query").get("message")).remove("chat");
        assertEquals(200, post(noQueryChat));
        assertEquals(200, post(updates.text(73, "ko", "/start")));
        api.await("sendMessage", 1);
    }

    @Test
    void forged_callback_data_longer_than_telegram_allows_is_answered_and_never_stored() throws Exception {
        String forged = "1234-".repeat(12_000);
        assertEquals(200, post(updates.press(74, "ko", forged)));
        api.await("answerCallbackQuery", 1);
        assertEquals(200, post(updates.text(74, "ko", "/start")));
        api.await("sendMessage", 1);
        assertEquals(0, count("SELECT COUNT(*) FROM messages WHERE LENGTH(body) > 1000"));
    }

    @Test
    void slash_delete_erases_the_seekers_data_on_telegram() throws Exception {
        assertEquals(200, post(updates.text(75, "ko", "/start")));
        assertEquals(200, post(updates.text(75, "ko", "이력서 쓰는 법 알려줘")));
        api.await("sendMessage", 2);
        assertEquals(200, post(updates.text(75, "ko", "/delete")));
        awaitText(75, "동의를 철회할까요");
        assertEquals(200, post(updates.press(75, "ko", "yes")));
        awaitText(75, "모두 지웠어요");
        assertEquals(0, count("SELECT COUNT(*) FROM messages WHERE body LIKE '%이력서 쓰는 법%'"));
        assertEquals(0, count("SELECT COUNT(*) FROM conversations WHERE external_id = '75'"), "chat id unlinked");
    }

    private void awaitText(long chat, String part) {
        Eventually.until(() -> api.textsTo(chat), texts -> texts.stream().anyMatch(t -> t.contains(part)),
                Duration.ofSeconds(15), "a message with '" + part + "'");
    }

    @Test
    void every_command_payload_starts_a_flow_of_the_shipped_dialogs() {
        DialogLoader.Result loaded = DialogLoader.load(TestServer.DIALOGS, org.doyak.Actions.names());
        assertEquals(List.of(), Commands.unanswered(loaded.dialogs()));
    }
}
