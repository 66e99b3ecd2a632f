package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.doyak.storage.Database;
import org.doyak.testing.Eventually;
import org.doyak.testing.MutableClock;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A booking made on Telegram is reminded there the day before (18:00) and on the day (09:00), each once,
 * at the clock's time, with change and cancel buttons; a restart in between neither loses nor repeats one.
 */
class AppointmentReminderIT {
    private static final long CHAT = 90;
    /** Monday 7 December 2026, 10:00 in Korea: the first slot offered is Tuesday 10:00. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-12-07T01:00:00Z");
    @TempDir
    Path dir;
    private final FakeBotApi api = new FakeBotApi();
    private final Updates updates = new Updates();
    private final MutableClock clock = new MutableClock(MONDAY_MORNING);
    private TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        api.close();
    }

    private TestServer start() {
        return TestServer.start(dir, TelegramLongPollingIT.config(api, Map.of()), TestServer.DIALOGS, clock);
    }

    private void waitFor(String text) {
        Eventually.until(() -> api.textsTo(CHAT), t -> t.stream().anyMatch(x -> x.contains(text)),
                Duration.ofSeconds(20), "a message containing " + text);
    }

    private List<JsonNode> reminders(String text) {
        return api.calls("sendMessage").stream().map(FakeBotApi.Call::body)
                .filter(b -> b.path("chat_id").asLong() == CHAT && b.path("text").asText().contains(text)).toList();
    }

    /** A column of the stored reminder of this kind ({@code status}, {@code sent_at}). */
    private String reminderRow(String kind, String column) {
        try (Database db = server.openDatabase()) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM reminders WHERE kind = :kind")
                    .bind("kind", kind).mapTo(String.class).one());
        }
    }

    private void book() {
        api.deliver(updates.text(CHAT, "ko", "/start jeonbuk"));
        waitFor("전라북도 일자리센터 상담 챗봇");
        api.deliver(updates.press(CHAT, "ko", "booking"));
        waitFor("동의");
        api.deliver(updates.press(CHAT, "ko", "yes"));
        waitFor("1) 12월 8일(화) 10:00");
        api.deliver(updates.press(CHAT, "ko", "1"));
        waitFor("이름");
        api.deliver(updates.text(CHAT, "ko", "김도약"));
        waitFor("연락");
        api.deliver(updates.text(CHAT, "ko", "010-1234-5678"));
        waitFor("예약할까요");
        api.deliver(updates.press(CHAT, "ko", "yes"));
        waitFor("예약됐어요");
    }

    @Test
    void a_booking_is_reminded_once_the_day_before_and_on_the_day_also_across_a_restart() {
        server = start();
        book();
        clock.set(Instant.parse("2026-12-07T09:00:00Z"));
        waitFor("내일 상담 예약이 있어요");
        JsonNode dayBefore = reminders("내일 상담 예약이 있어요").get(0);
        assertTrue(dayBefore.path("text").asText().contains("12월 8일(화) 10:00")
                && dayBefore.path("text").asText().contains("전라북도 일자리센터"), dayBefore.toString());
        List<String> buttons = TelegramLongPollingIT.callbackData(dayBefore);
        assertTrue(buttons.contains("booking_change") && buttons.contains("booking_cancel"), buttons.toString());
        assertEquals("2026-12-07T09:00:00.000Z", reminderRow("day_before", "sent_at"), "sent when due, not before");

        server.close();
        clock.set(Instant.parse("2026-12-08T00:00:00Z"));
        server = start();
        waitFor("오늘 상담 예약이 있어요");
        server.close();
        server = null;
        assertEquals(1, reminders("내일 상담 예약이 있어요").size(), "the day-before reminder went out once");
        assertEquals(1, reminders("오늘 상담 예약이 있어요").size(), "the on-the-day reminder went out once");
    }

    @Test
    void a_reminder_cancel_button_cancels_and_a_cancelled_booking_is_not_reminded() {
        server = start();
        book();
        clock.set(Instant.parse("2026-12-07T09:00:00Z"));
        waitFor("내일 상담 예약이 있어요");
        api.deliver(updates.press(CHAT, "ko", "booking_cancel"));
        waitFor("예약을 취소했어요");
        clock.set(Instant.parse("2026-12-08T00:00:00Z"));
        Eventually.until(() -> reminderRow("on_the_day", "status"), "dropped"::equals, Duration.ofSeconds(20),
                "the on-the-day reminder dropped");
        assertEquals(0, reminders("오늘 상담 예약이 있어요").size());
    }
}
