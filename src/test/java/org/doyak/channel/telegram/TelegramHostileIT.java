package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doyak.dialog.load.DialogLoader;
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
    private Webhook webhook;
    private final Updates updates = new Updates();

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of("DOYAK_TELEGRAM_WEBHOOK_URL",
                "https://doyak.example/telegram/webhook", "DOYAK_TELEGRAM_WEBHOOK_SECRET", SECRET)));
        webhook = new Webhook(server, SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    @Test
    void a_message_without_a_chat_or_sender_is_ignored_not_a_500() throws Exception {
        ObjectNode noChat = updates.text(70, "ko", "/delete");
        ((ObjectNode) noChat.get("message")).remove("chat");
        assertEquals(200, webhook.post(noChat));
        ObjectNode noFrom = updates.press(71, "ko", "menu");
        ((ObjectNode) noFrom.get("callback_query")).remove("from");
        assertEquals(200, webhook.post(noFrom));
        ObjectNode noQueryChat = updates.press(72, "ko", "menu");
        ((ObjectNode) noQueryChat.path("callback_query").get("message")).remove("chat");
        assertEquals(200, webhook.post(noQueryChat));
        assertEquals(200, webhook.post(updates.text(73, "ko", "/start")));
        api.await("sendMessage", 1);
    }

    @Test
    void forged_callback_data_longer_than_telegram_allows_is_answered_and_never_stored() throws Exception {
        String forged = "1234-".repeat(12_000);
        assertEquals(200, webhook.post(updates.press(74, "ko", forged)));
        api.await("answerCallbackQuery", 1);
        assertEquals(200, webhook.post(updates.text(74, "ko", "/start")));
        api.await("sendMessage", 1);
        assertEquals(0, webhook.count("SELECT COUNT(*) FROM messages WHERE LENGTH(body) > 1000"));
    }

    @Test
    void slash_delete_erases_the_seekers_data_on_telegram() throws Exception {
        assertEquals(200, webhook.post(updates.text(75, "ko", "/start")));
        assertEquals(200, webhook.post(updates.text(75, "ko", "이력서 쓰는 법 알려줘")));
        api.await("sendMessage", 2);
        assertEquals(200, webhook.post(updates.text(75, "ko", "/delete")));
        api.awaitText(75, 0, "동의를 철회할까요");
        assertEquals(200, webhook.post(updates.press(75, "ko", "yes")));
        api.awaitText(75, 0, "모두 지웠어요");
        assertEquals(0, webhook.count("SELECT COUNT(*) FROM messages WHERE body LIKE '%이력서 쓰는 법%'"));
        assertEquals(0, webhook.count("SELECT COUNT(*) FROM conversations WHERE external_id = '75'"),
                "chat id unlinked");
    }

    @Test
    void every_command_payload_starts_a_flow_of_the_shipped_dialogs() {
        DialogLoader.Result loaded = DialogLoader.load(TestServer.DIALOGS, org.doyak.Actions.names());
        assertEquals(List.of(), Commands.unanswered(loaded.dialogs()));
    }
}
