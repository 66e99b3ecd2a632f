package org.doyak.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandoffAlertsTest {
    private final List<String> sent = new ArrayList<>();
    private final HandoffAlerts alerts = new HandoffAlerts(sent::add);

    private static Handoff handoff(String id, String status, int priority) {
        return new Handoff(id, "c-" + id, "telegram", "ko", "asked", priority, status,
                Handoff.ACTIVE.equals(status) ? "kim" : null, "제 주민번호는 900101-1234567이에요", "2026-03-09T01:00:00Z",
                null, null, null, null, null, null);
    }

    @Test
    void a_new_handoff_is_announced_once_without_the_seekers_words() {
        alerts.changed(handoff("h1", Handoff.WAITING, Handoff.NORMAL));
        alerts.changed(handoff("h1", Handoff.WAITING, Handoff.NORMAL));
        alerts.changed(handoff("h1", Handoff.ACTIVE, Handoff.NORMAL));
        assertEquals(1, sent.size(), sent.toString());
        assertTrue(sent.get(0).startsWith("🔔 새 상담 요청 · New handoff"), sent.get(0));
        assertTrue(sent.get(0).contains("telegram (ko)"), sent.get(0));
        assertFalse(sent.get(0).contains("900101"), "the summary stays in the console");
    }

    @Test
    void a_waiting_handoff_raised_to_crisis_is_announced_again_as_a_crisis() {
        alerts.changed(handoff("h2", Handoff.WAITING, Handoff.NORMAL));
        alerts.changed(handoff("h2", Handoff.WAITING, Handoff.HIGH));
        alerts.changed(handoff("h3", Handoff.WAITING, Handoff.HIGH));
        assertEquals(3, sent.size(), sent.toString());
        assertTrue(sent.get(1).startsWith("⚠ 위기 상담 요청"), sent.get(1));
        assertTrue(sent.get(2).startsWith("⚠ 위기 상담 요청"), sent.get(2));
    }

    @Test
    void a_failing_sender_does_not_reach_the_caller() {
        HandoffAlerts failing = new HandoffAlerts(text -> {
            throw new IllegalStateException("Bot API down");
        });
        failing.changed(handoff("h4", Handoff.WAITING, Handoff.NORMAL));
    }
}
