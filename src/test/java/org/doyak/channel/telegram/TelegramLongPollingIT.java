package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.doyak.AppConfig;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real service and the real TelegramBots library in long-polling mode against a Bot API stand-in. */
class TelegramLongPollingIT {
    private static final String TEXT_ONLY = "지금은 글자로 보낸 메시지만 읽을 수 있어요. 궁금한 점을 입력해 주세요.";
    private static final String EDITED = "수정한 메시지는 다시 읽지 않아요. 바뀐 내용을 새 메시지로 보내 주세요.";
    private static final String PRIVATE_ONLY = "개인정보 보호를 위해 1:1 대화에서만 도와드려요. 저에게 직접 메시지를 보내 주세요.";
    @TempDir
    Path dir;
    private FakeBotApi api;
    private TestServer server;
    private final Updates updates = new Updates();

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        server = TestServer.start(dir, config(api, Map.of()));
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    static AppConfig config(FakeBotApi api, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("DOYAK_TELEGRAM_TOKEN", "123:test-token");
        env.put("DOYAK_TELEGRAM_API_URL", api.url());
        return AppConfig.from(Map.of(), env);
    }

    static List<String> callbackData(JsonNode sendMessage) {
        List<String> data = new ArrayList<>();
        sendMessage.path("reply_markup").path("inline_keyboard")
                .forEach(row -> row.forEach(b -> data.add(b.path("callback_data").asText())));
        return data;
    }

    @Test
    void a_conversation_with_buttons_runs_end_to_end() throws Exception {
        api.deliver(updates.text(42, "ko", "/start"));
        JsonNode menu = api.await("sendMessage", 1).get(0).body();
        assertTrue(menu.path("text").asText().contains("도약"), menu.toString());
        assertTrue(callbackData(menu).contains("centers"), menu.toString());

        api.deliver(updates.press(42, "ko", "centers"));
        api.await("answerCallbackQuery", 1);
        JsonNode question = api.await("sendMessage", 2).get(1).body();
        assertTrue(question.path("text").asText().contains("지역"), question.toString());
        assertTrue(callbackData(question).contains("전북"), question.toString());

        api.deliver(updates.press(42, "ko", "전북"));
        api.await("answerCallbackQuery", 2);
        long deadline = System.currentTimeMillis() + 10_000;
        while (api.textsTo(42).stream().noneMatch(t -> t.contains("더 필요한"))) {
            assertTrue(System.currentTimeMillis() < deadline, "no end of flow in " + api.textsTo(42));
            Thread.sleep(20);
        }
    }

    @Test
    void an_english_telegram_gets_english_replies() throws Exception {
        api.deliver(updates.text(43, "en-GB", "/start"));
        assertTrue(api.await("sendMessage", 1).get(0).body().path("text").asText().startsWith("Hello"));
    }

    @Test
    void commands_are_registered_in_korean_and_english_with_the_words_of_messages_yaml() throws Exception {
        List<FakeBotApi.Call> calls = api.await("setMyCommands", 3);
        List<String> languages = calls.stream().map(c -> c.body().path("language_code").asText("")).toList();
        assertTrue(languages.containsAll(List.of("", "ko", "en")), languages.toString());
        assertTrue(calls.get(0).body().toString().contains("counselor"));
        String english = calls.stream().filter(c -> "en".equals(c.body().path("language_code").asText()))
                .findFirst().orElseThrow().body().toString();
        String korean = calls.stream().filter(c -> "ko".equals(c.body().path("language_code").asText()))
                .findFirst().orElseThrow().body().toString();
        assertTrue(english.contains("Talk to a counselor") && korean.contains("상담사 연결"), english + korean);
    }

    @Test
    void a_rate_limited_reply_waits_retry_after_then_arrives() throws Exception {
        api.fail("sendMessage", b -> true, 1, 429, "Too Many Requests: retry after 1", 1);
        api.deliver(updates.text(44, "ko", "/start"));
        List<FakeBotApi.Call> sends = api.await("sendMessage", 2);
        assertTrue(sends.get(1).atMillis() - sends.get(0).atMillis() >= 900, "retried too early");
        assertEquals(sends.get(0).body().path("text"), sends.get(1).body().path("text"));
    }

    @Test
    void replies_survive_a_bot_api_outage() throws Exception {
        api.fail("sendMessage", b -> true, 2, 502, "Bad Gateway", null);
        api.deliver(updates.text(45, "ko", "/start"));
        List<FakeBotApi.Call> sends = api.await("sendMessage", 3);
        assertEquals(sends.get(0).body().path("text"), sends.get(2).body().path("text"));
    }

    @Test
    void a_chat_that_blocked_the_bot_is_not_retried_and_others_are_served() throws Exception {
        api.fail("sendMessage", b -> b.path("chat_id").asLong() == 46, 100, 403,
                "Forbidden: bot was blocked by the user", null);
        api.deliver(updates.text(46, "ko", "/start"));
        api.deliver(updates.text(46, "ko", "메뉴"));
        api.deliver(updates.text(47, "ko", "/start"));
        api.await("sendMessage", 2);
        Thread.sleep(1500);
        assertEquals(1, api.textsTo(47).size());
        int tries = api.textsTo(46).size();
        assertTrue(tries >= 1 && tries <= 2, "at most one try per reply (a reply queued behind the 403 is dropped),"
                + " no retry loop; got " + tries);
    }

    @Test
    void an_edited_message_gets_a_notice_instead_of_a_second_turn() throws Exception {
        api.deliver(updates.edited(48, "이력서요"));
        assertEquals(EDITED, api.await("sendMessage", 1).get(0).body().path("text").asText());
    }

    @Test
    void stickers_photos_voice_and_documents_get_a_text_only_notice() throws Exception {
        api.deliver(updates.other(49, "private", "sticker", Updates.json().put("file_id", "s").put("file_unique_id",
                "s").put("type", "regular").put("width", 1).put("height", 1).put("is_animated", false)
                .put("is_video", false)));
        api.deliver(updates.other(49, "private", "voice", Updates.json().put("file_id", "v").put("file_unique_id",
                "v").put("duration", 1)));
        api.deliver(updates.other(49, "private", "document", Updates.json().put("file_id", "d")
                .put("file_unique_id", "d")));
        api.await("sendMessage", 3);
        assertEquals(List.of(TEXT_ONLY, TEXT_ONLY, TEXT_ONLY),
                api.textsTo(49));
    }

    @Test
    void groups_and_channels_are_ignored_but_a_group_command_points_to_a_private_chat() throws Exception {
        api.deliver(updates.inGroup(-100, "안녕하세요"));
        api.deliver(updates.channelPost(-200, "news"));
        api.deliver(updates.inGroup(-100, "/start@" + FakeBotApi.BOT_NAME));
        api.deliver(updates.text(50, "ko", "/start"));
        api.await("sendMessage", 2);
        Thread.sleep(300);
        assertEquals(List.of(PRIVATE_ONLY), api.textsTo(-100));
        assertEquals(List.of(), api.textsTo(-200));
        assertEquals(1, api.textsTo(50).size());
    }

    @Test
    void an_update_delivered_again_after_a_restart_is_handled_once() throws Exception {
        api.deliver(updates.text(51, "ko", "/start"));
        api.await("sendMessage", 1);
        server.close();
        server = TestServer.start(dir, config(api, Map.of()));
        api.deliver(updates.text(52, "ko", "/start"));
        api.await("sendMessage", 2);
        Thread.sleep(300);
        assertEquals(1, api.textsTo(51).size(), api.textsTo(51).toString());
    }
}
