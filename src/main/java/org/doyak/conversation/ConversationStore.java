package org.doyak.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Where conversations and their messages are kept. Implementations are thread-safe and make
 * {@link #turn} atomic: two turns for one conversation never interleave, and a turn's state and
 * messages are stored together or not at all.
 */
public interface ConversationStore {

    /** Stores a new conversation; fails if its id or its (channel, externalId) already exists. */
    void create(Conversation conversation);

    /** The conversation with this id, if any. */
    Optional<Conversation> find(String id);

    /** The conversation of a channel's own id (e.g. a Telegram chat), if any. */
    Optional<Conversation> findByExternal(String channel, String externalId);

    /**
     * Gives a conversation another channel and channel id, keeping its id, history, state and mode: a
     * seeker carrying a web conversation over to Telegram. A conversation that held that (channel,
     * externalId) before is retired, not deleted: its external id becomes {@code externalId + "#" + its id},
     * so {@link #findByExternal} no longer returns it but its messages stay. Atomic.
     *
     * @throws java.util.NoSuchElementException if the conversation does not exist
     */
    void moveTo(String id, String channel, String externalId);

    /**
     * Runs {@code work} on the current state of the conversation while holding it exclusively, then
     * stores the new state and appends the messages, atomically.
     *
     * @return the work's change, as stored
     * @throws java.util.NoSuchElementException if the conversation does not exist
     */
    Change turn(String id, TurnWork work);

    /** Every message of the conversation, oldest first. */
    List<ChatMessage> history(String id);

    /** A state change and the messages it adds. */
    record Change(Conversation conversation, List<ChatMessage> messages) {

        /** Creates an immutable change. */
        public Change {
            messages = List.copyOf(messages);
        }
    }

    /** The work of one turn: from the current state to the change to store. Must not block. */
    @FunctionalInterface
    interface TurnWork {

        /** Computes the change from the current state. */
        Change apply(Conversation current);
    }
}
