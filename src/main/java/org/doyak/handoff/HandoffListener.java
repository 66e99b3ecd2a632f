package org.doyak.handoff;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Handover;
import org.doyak.conversation.Mode;
import org.doyak.conversation.TurnListener;

/**
 * Follows seekers' turns: opens a handoff when a conversation starts waiting (and tells the seeker
 * their place in the queue), cancels it when the seeker withdraws, raises it on crisis wording, and
 * passes every message of a handed-off conversation to the counselors; stores the answer to the
 * satisfaction question on the handoff just closed. Thread-safe.
 */
public final class HandoffListener implements TurnListener {
    private static final int SUMMARY_MESSAGES = 3;
    private static final int SUMMARY_CHARS = 80;
    /** The survey flow asked after a close, and the slot it fills. */
    private static final String SATISFACTION_FLOW = "satisfaction";

    private final Handoffs handoffs;
    private final ConversationStore store;
    private final Handover handover;
    private final HandoffEvents events;

    HandoffListener(Handoffs handoffs, ConversationStore store, Handover handover, HandoffEvents events) {
        this.handoffs = handoffs;
        this.store = store;
        this.handover = handover;
        this.events = events;
    }

    @Override
    public void turnStored(Conversation before, ConversationStore.Change change) {
        Conversation after = change.conversation();
        if (SATISFACTION_FLOW.equals(before.position().flow()) && after.slots().containsKey(SATISFACTION_FLOW)) {
            handoffs.satisfaction(after.id(), after.slots().get(SATISFACTION_FLOW));
        }
        if (before.mode() == Mode.BOT && after.mode() == Mode.WAITING) {
            opened(after);
            return;
        }
        if (before.mode() == Mode.BOT && after.mode() == Mode.BOT) {
            return;
        }
        Optional<Handoff> open = handoffs.openFor(after.id());
        if (open.isEmpty()) {
            return;
        }
        Handoff handoff = open.get();
        change.messages().forEach(m -> events.message(handoff, m));
        if (after.mode() == Mode.BOT) {
            handoffs.finish(handoff.id(), Handoff.CANCELLED, null);
            handoffs.find(handoff.id()).ifPresent(events::changed);
        } else if (priority(after) > handoff.priority()) {
            handoffs.prioritise(handoff.id(), priority(after));
            handoffs.find(handoff.id()).ifPresent(events::changed);
        }
    }

    private void opened(Conversation after) {
        String reason = after.slots().getOrDefault("handoff_reason", "");
        Handoff handoff = handoffs.open(after, reason, priority(after), summary(store.history(after.id())));
        events.changed(handoff);
        handoffs.tellPosition(handover, handoff.id(), after.id());
    }

    private static int priority(Conversation c) {
        return "high".equals(c.slots().get("handoff_priority")) ? Handoff.HIGH : Handoff.NORMAL;
    }

    /** The seeker's last few typed messages, shortened, for the queue list. */
    static String summary(List<ChatMessage> history) {
        List<String> typed = history.stream().filter(m -> "user".equals(m.from()) && "text".equals(m.kind()))
                .map(m -> m.text().length() > SUMMARY_CHARS ? m.text().substring(0, SUMMARY_CHARS) + "…" : m.text())
                .toList();
        return typed.subList(Math.max(0, typed.size() - SUMMARY_MESSAGES), typed.size()).stream()
                .collect(Collectors.joining(" / "));
    }
}
