package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Telegram seeker (long polling, Bot API stand-in) handed off to a counselor on the console and back. */
class TelegramHandoffIT {
    private static final long CHAT = 77;
    private static final long COUNSELORS_GROUP = -1_001_234_567_890L;
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;
    private FakeBotApi api;
    private TestServer server;
    private final Updates updates = new Updates();

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        server = TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of("DOYAK_COUNSELOR_HOURS", "always",
                "DOYAK_COUNSELOR_TELEGRAM_CHAT", String.valueOf(COUNSELORS_GROUP))));
        server.addStaff("kim", "counselor", PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    @Test
    void telegram_seeker_is_handed_off_answered_on_telegram_and_returned_to_the_bot() throws Exception {
        ConsoleClient console = new ConsoleClient(server.baseUrl());
        assertEquals(200, console.login("kim", PASSWORD).status());
        api.deliver(updates.text(CHAT, "ko", "/counselor"));
        awaitText(t -> t.contains("상담사에게 연결할까요"));
        api.deliver(updates.press(CHAT, "ko", "yes"));
        awaitText(t -> t.contains("상담사에게 연결을 요청했어요"));
        awaitText(t -> t.contains("대기 순서는 1번째"));

        JsonNode waiting = console.get("/api/console/handoffs?status=waiting").body().path("handoffs");
        assertEquals(1, waiting.size(), waiting.toString());
        assertEquals("telegram", waiting.get(0).path("channel").asText());
        String id = waiting.get(0).path("id").asText();
        assertEquals(200, console.post("/api/console/handoffs/" + id + "/claim", "{}").status());
        awaitText(t -> t.contains("상담사가 연결되었어요"));

        long replied = System.nanoTime();
        assertEquals(200, console.post("/api/console/handoffs/" + id + "/messages",
                "{\"text\":\"안녕하세요, 상담사 김입니다.\"}").status());
        awaitText(t -> t.equals("안녕하세요, 상담사 김입니다."));
        long toTelegram = System.nanoTime() - replied;

        int sentBefore = api.textsTo(CHAT).size();
        api.deliver(updates.text(CHAT, "ko", "실업급여 신청을 도와주세요"));
        await(() -> console.get("/api/console/handoffs/" + id).body().path("messages").toString()
                .contains("실업급여 신청을 도와주세요"), "the seeker's Telegram message in the console");
        Thread.sleep(500);
        assertEquals(sentBefore, api.textsTo(CHAT).size(), "the bot stays quiet with a counselor: "
                + api.textsTo(CHAT));

        assertEquals(200, console.post("/api/console/handoffs/" + id + "/close", "{\"note\":\"안내함\"}").status());
        awaitText(t -> t.contains("상담이 도움이 되셨나요"));
        assertEquals("closed", console.get("/api/console/handoffs/" + id).body().path("status").asText());
        api.deliver(updates.press(CHAT, "ko", "good"));
        awaitText(t -> t.contains("의견 감사합니다"));
        System.out.printf("LATENCY counselor->telegram sendMessage %.1f ms%n", toTelegram / 1e6);
    }

    @Test
    void the_seeker_receives_every_handoff_message_in_the_order_it_was_stored() throws Exception {
        ConsoleClient console = new ConsoleClient(server.baseUrl());
        console.login("kim", PASSWORD);
        api.deliver(updates.text(CHAT, "ko", "/counselor"));
        awaitText(t -> t.contains("상담사에게 연결할까요"));
        api.deliver(updates.press(CHAT, "ko", "yes"));
        awaitText(t -> t.contains("대기 순서는 1번째"));
        String id = console.get("/api/console/handoffs?status=waiting").body().path("handoffs").get(0).path("id")
                .asText();
        console.post("/api/console/handoffs/" + id + "/claim", "{}");
        console.post("/api/console/handoffs/" + id + "/messages", "{\"text\":\"상담사 김입니다.\"}");
        console.post("/api/console/handoffs/" + id + "/close", "{\"note\":\"안내함\"}");
        awaitText(t -> t.contains("상담이 도움이 되셨나요"));

        List<String> sent = api.textsTo(CHAT);
        List<Predicate<String>> expected = List.of(t -> t.contains("상담사에게 연결할까요"),
                t -> t.contains("상담사에게 연결을 요청했어요"), t -> t.contains("대기 순서는 1번째"),
                t -> t.contains("상담사가 연결되었어요"), t -> t.equals("상담사 김입니다."),
                t -> t.contains("상담이 도움이 되셨나요"));
        int at = -1;
        for (Predicate<String> next : expected) {
            int from = at + 1;
            at = -1;
            for (int i = from; i < sent.size() && at < 0; i++) {
                at = next.test(sent.get(i)) ? i : -1;
            }
            assertTrue(at >= 0, "expected in this order: asked, requested, queue position, joined, counselor,"
                    + " satisfaction; sent: " + sent);
        }
    }

    @Test
    void a_new_handoff_is_announced_once_to_the_counselors_group() throws Exception {
        ConsoleClient console = new ConsoleClient(server.baseUrl());
        console.login("kim", PASSWORD);
        api.deliver(updates.text(CHAT, "ko", "/counselor"));
        awaitText(t -> t.contains("상담사에게 연결할까요"));
        api.deliver(updates.press(CHAT, "ko", "yes"));
        await(() -> !api.textsTo(COUNSELORS_GROUP).isEmpty(), "the alert to the counselors' group");
        String alert = api.textsTo(COUNSELORS_GROUP).get(0);
        assertTrue(alert.startsWith("🔔 새 상담 요청") && alert.contains("telegram (ko)"), alert);

        String id = console.get("/api/console/handoffs?status=waiting").body().path("handoffs").get(0).path("id")
                .asText();
        assertEquals(200, console.post("/api/console/handoffs/" + id + "/claim", "{}").status());
        awaitText(t -> t.contains("상담사가 연결되었어요"));
        Thread.sleep(300);
        assertEquals(1, api.textsTo(COUNSELORS_GROUP).size(), api.textsTo(COUNSELORS_GROUP).toString());
    }

    private void awaitText(Predicate<String> wanted) throws InterruptedException {
        await(() -> api.textsTo(CHAT).stream().anyMatch(wanted), "a matching message to the chat");
    }

    private void await(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!done.getAsBoolean()) {
            List<String> sent = api.textsTo(CHAT);
            assertTrue(System.currentTimeMillis() < deadline, "timed out waiting for " + what + "; sent: " + sent);
            Thread.sleep(20);
        }
    }
}
