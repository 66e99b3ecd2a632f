package org.doyak.conversation;

import java.time.Instant;
import java.util.Map;

/**
 * The stored state of one conversation. Immutable; a turn produces a new one.
 *
 * @param id conversation id (for the widget, the session id)
 * @param channel {@code web} or {@code telegram}
 * @param externalId the channel's own id (e.g. the Telegram chat id), or the id itself for the web
 * @param tokenHash SHA-256 of the channel secret the seeker holds, hex; empty when the channel has none
 * @param lang {@code ko} or {@code en}
 * @param mode who answers
 * @param position where the flows are
 * @param slots what the bot learned, by slot name
 * @param misunderstandings unclear messages in a row
 * @param createdAt when it started
 */
public record Conversation(String id, String channel, String externalId, String tokenHash, String lang, Mode mode,
        Position position, Map<String, String> slots, int misunderstandings, Instant createdAt) {

    /**
     * The slot holding the conversation's center (a {@code centers} id): set from the widget's
     * {@code data-center}, a Telegram deep link or the seeker's region; empty when none is known.
     */
    public static final String CENTER_SLOT = "home_center";

    /**
     * The slot naming the center whose queue a handoff goes to when it is not the conversation's own (another
     * center's team was open while the own one was away, or a crisis went to whoever was on duty).
     */
    public static final String QUEUE_CENTER_SLOT = "handoff_center";

    /** Creates an immutable conversation. */
    public Conversation {
        slots = Map.copyOf(slots);
    }

    /** The same conversation with other slots. */
    public Conversation withSlots(Map<String, String> newSlots) {
        return new Conversation(id, channel, externalId, tokenHash, lang, mode, position, newSlots, misunderstandings,
                createdAt);
    }

    /** The conversation's center id, or "" when none is known. */
    public String center() {
        return slots.getOrDefault(CENTER_SLOT, "");
    }

    /** The center whose queue a handoff of this conversation joins: {@link #QUEUE_CENTER_SLOT}, else its own. */
    public String queueCenter() {
        String elsewhere = slots.getOrDefault(QUEUE_CENTER_SLOT, "");
        return elsewhere.isEmpty() ? center() : elsewhere;
    }
}
