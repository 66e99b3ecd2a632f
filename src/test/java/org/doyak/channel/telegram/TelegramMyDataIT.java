package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The right of access and erasure on Telegram, through the real TelegramBots long polling against the Bot API
 * stand-in: {@code /mydata} (in the command menu), "내 정보 보기", "what data do you have about me", and
 * "내 정보 삭제" typed.
 */
class TelegramMyDataIT {
    @TempDir
    Path dir;
    private FakeBotApi api;
    private TestServer server;
    private final Updates updates = new Updates();

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of()));
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    @Test
    void mydata_is_in_the_command_menu_in_korean_and_english() throws Exception {
        List<FakeBotApi.Call> calls = api.await("setMyCommands", 3);
        calls.forEach(c -> assertTrue(c.body().toString().contains("\"mydata\""), c.body().toString()));
        assertTrue(calls.stream().anyMatch(c -> c.body().toString().contains("내 정보 보기")));
        assertTrue(calls.stream().anyMatch(c -> c.body().toString().contains("See what I keep about you")));
    }

    @Test
    void slash_mydata_and_typed_requests_show_what_is_kept_in_the_seekers_language() {
        api.deliver(updates.text(90, "ko", "/start"));
        api.awaitText(90, 0, "챗봇");
        int before = api.textsTo(90).size();
        api.deliver(updates.text(90, "ko", "/mydata"));
        api.awaitText(90, before, "지금 저장된 내 정보예요");
        api.awaitText(90, before, "내 정보 삭제");
        assertTrue(api.textsTo(90).stream().allMatch(t -> t.length() <= 600), "short messages");

        before = api.textsTo(90).size();
        api.deliver(updates.text(90, "ko", "내 정보 보기"));
        api.awaitText(90, before, "저장된 메시지");

        api.deliver(updates.text(91, "en", "what data do you have about me"));
        api.awaitText(91, 0, "Here is what I keep about you");
    }

    @Test
    void typing_delete_my_data_erases_after_a_confirmation_and_unlinks_the_chat() throws Exception {
        api.deliver(updates.text(92, "ko", "이력서 쓰는 법 알려줘"));
        api.awaitText(92, 0, "이력서");
        api.deliver(updates.text(92, "ko", "내 정보 삭제"));
        api.awaitText(92, 0, "되돌릴 수 없어요");
        api.deliver(updates.press(92, "ko", "yes"));
        api.awaitText(92, 0, "모두 지웠어요");
        try (Connection c = DriverManager.getConnection(server.databaseUrl());
                ResultSet r = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM messages WHERE body"
                        + " LIKE '%이력서 쓰는 법%') + (SELECT COUNT(*) FROM conversations WHERE external_id = '92')")) {
            assertTrue(r.next());
            assertEquals(0, r.getLong(1), "the seeker's words and the chat id are gone");
        }
    }
}
