package org.doyak.handoff;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.doyak.conversation.ChatMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a counselors' chat (a Telegram group) about each new handoff once, and once more if a waiting
 * handoff turns into a crisis. The text gives the reason, channel, language and priority, never the
 * seeker's words or profile: that chat is outside the console's logins and consent rules. Thread-safe;
 * never throws (a failing sender is logged).
 */
public final class HandoffAlerts implements HandoffEvents {
    private static final Logger LOG = LoggerFactory.getLogger(HandoffAlerts.class);

    private final Consumer<String> send;
    /** The priority last announced, for each handoff that is still waiting. */
    private final Map<String, Integer> announced = new ConcurrentHashMap<>();

    /** @param send sends one text to the counselors' chat; should not block for long */
    public HandoffAlerts(Consumer<String> send) {
        this.send = send;
    }

    @Override
    public void changed(Handoff handoff) {
        if (!Handoff.WAITING.equals(handoff.status())) {
            announced.remove(handoff.id());
            return;
        }
        Integer before = announced.put(handoff.id(), handoff.priority());
        if (before != null && handoff.priority() <= before) {
            return;
        }
        try {
            send.accept(text(handoff));
        } catch (RuntimeException e) {
            LOG.warn("could not announce handoff {} to the counselors' chat: {}", handoff.id(), e.toString());
        }
    }

    @Override
    public void message(Handoff handoff, ChatMessage message) {
        // Seekers' messages stay in the console.
    }

    /** The announcement of a waiting handoff, in Korean and English. */
    static String text(Handoff handoff) {
        String title = handoff.priority() >= Handoff.HIGH
                ? "⚠ 위기 상담 요청: 먼저 맡아 주세요 · Crisis handoff: take it first"
                : "🔔 새 상담 요청 · New handoff";
        return title + "\n사유 · Reason: " + handoff.reason()
                + "\n채널 · Channel: " + handoff.channel() + " (" + handoff.lang() + ")"
                + "\n상담 콘솔에서 맡아 주세요 · Claim it in the console (/console)";
    }
}
