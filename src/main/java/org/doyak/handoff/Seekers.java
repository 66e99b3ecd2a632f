package org.doyak.handoff;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Delivery;
import org.doyak.conversation.Mode;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.SystemText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reaching seekers outside their own turns: changes their conversation atomically, stores the
 * messages, then delivers each to the seeker's channel. Thread-safe.
 */
final class Seekers {
    private static final Logger LOG = LoggerFactory.getLogger(Seekers.class);

    private final ConversationStore store;
    private final Supplier<Dialogs> dialogs;
    private final Map<String, Delivery> deliveries;
    private final Clock clock;

    /**
     * @param deliveries by channel name; a channel without one gets its messages in the history only
     */
    Seekers(ConversationStore store, Supplier<Dialogs> dialogs, Map<String, Delivery> deliveries, Clock clock) {
        this.store = store;
        this.dialogs = dialogs;
        this.deliveries = Map.copyOf(deliveries);
        this.clock = clock;
    }

    ConversationStore store() {
        return store;
    }

    /** Runs {@code work} atomically on the conversation, stores its change, then delivers its messages. */
    ConversationStore.Change post(String conversationId, ConversationStore.TurnWork work) {
        ConversationStore.Change change = store.turn(conversationId, work);
        deliver(change.conversation(), change.messages());
        return change;
    }

    /** Delivers stored messages to the conversation's channel; failures are logged, never thrown. */
    void deliver(Conversation conversation, List<ChatMessage> messages) {
        Delivery delivery = deliveries.get(conversation.channel());
        if (delivery == null) {
            return;
        }
        for (ChatMessage m : messages) {
            try {
                delivery.deliver(conversation, m);
            } catch (RuntimeException e) {
                LOG.warn("could not deliver to {} conversation {}: {}", conversation.channel(), conversation.id(),
                        e.toString());
            }
        }
    }

    /** A system notice in {@code lang}, with {@code {name}} placeholders filled from {@code values}. */
    ChatMessage notice(String lang, SystemText key, Map<String, String> values) {
        String text = dialogs.get().message(key).in(lang);
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        return new ChatMessage("bot", "system", text, List.of(), clock.instant());
    }

    /** A counselor's message, stamped now. */
    ChatMessage fromCounselor(String text) {
        return new ChatMessage("counselor", "text", text, List.of(), clock.instant());
    }

    /** The same conversation in another mode. */
    static Conversation withMode(Conversation c, Mode mode) {
        return new Conversation(c.id(), c.channel(), c.externalId(), c.tokenHash(), c.lang(), mode, c.position(),
                c.slots(), c.misunderstandings(), c.createdAt());
    }

    /** Tells a waiting seeker their place in the queue and the estimated wait. */
    void queueNotice(String conversationId, int position) {
        if (position <= 0) {
            return;
        }
        post(conversationId, c -> new ConversationStore.Change(c, c.mode() != Mode.WAITING ? List.of()
                : List.of(notice(c.lang(), SystemText.QUEUE_POSITION, Map.of("queue_position",
                        String.valueOf(position), "queue_minutes",
                        String.valueOf(position * Handoffs.MINUTES_PER_CONVERSATION))))));
    }
}
