package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.doyak.testing.MutableClock;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A flood from one Telegram chat is cut at its limit with one notice; other chats are not slowed. */
class TelegramFloodIT {
    private static final String SECRET = "flood-secret";
    private static final String TOO_FAST = "너무 빨리";
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T02:00:00Z"));
    private final Updates updates = new Updates();
    private FakeBotApi api;
    private TestServer server;
    private Webhook webhook;

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of("DOYAK_TELEGRAM_WEBHOOK_URL",
                "https://doyak.example/telegram/webhook", "DOYAK_TELEGRAM_WEBHOOK_SECRET", SECRET)), clock);
        webhook = new Webhook(server, SECRET);
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    @Test
    void a_flood_from_one_chat_gets_one_notice_and_is_not_read_past_the_limit() throws Exception {
        int flood = ChatLimits.BURST + 15;
        for (int i = 0; i < flood; i++) {
            ObjectNode update = i % 5 == 4 ? updates.press(81, "ko", "menu") : updates.text(81, "ko", "안녕 " + i);
            assertEquals(200, webhook.post(update));
        }
        assertEquals(200, webhook.post(updates.text(82, "ko", "안녕하세요")));
        api.awaitText(82, 0, "안녕하세요");
        assertEquals(0, api.textsTo(82).stream().filter(t -> t.contains(TOO_FAST)).count(),
                "another chat is not slowed");

        api.awaitText(81, 0, TOO_FAST);
        clock.advance(Duration.ofSeconds(30));
        int before = api.textsTo(81).size();
        assertEquals(200, webhook.post(updates.text(81, "ko", "이력서 쓰는 법 알려줘")));
        api.awaitText(81, before, "이력서");
        assertEquals(1, api.textsTo(81).stream().filter(t -> t.contains(TOO_FAST)).count(), "one notice per flood");
        assertEquals(ChatLimits.BURST + 1, webhook.count("SELECT COUNT(*) FROM messages m JOIN conversations c"
                + " ON c.id = m.conversation_id WHERE c.external_id = '81' AND m.sender = 'user'"),
                "nothing past the limit is read or stored");
        assertEquals(flood / 5, api.calls("answerCallbackQuery").size(), "every pressed button is still answered");
    }
}
