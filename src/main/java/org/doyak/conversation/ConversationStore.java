package org.doyak.conversation;

import java.util.List;
import java.util.Optional;

/**
 * Where conversations and their messages are kept. Implementations are thread-safe. A change is read
 * with {@link #load} and written with {@link #save}: the write stores the state and appends the
 * messages together or not at all, and only if nobody stored another change since the read (an
 * optimistic version check), so stale state is never written silently, even by several instances.
 * Keeping two changes of one conversation apart is the {@link ConversationLock}'s job, not the store's.
 * An implementation may keep current conversations in memory to save reads, as long as the version
 * check still holds against what is stored.
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

    /** The conversation as stored now, with its version, for a change; empty when there is none. */
    Optional<Stored> load(String id);

    /**
     * Stores a change computed from {@code before}: the new state, and the messages appended after the
     * last one, numbered on. Durable when it returns (a crash afterwards loses nothing of it).
     *
     * @return the conversation as now stored
     * @throws StaleConversationException when the stored version is no longer {@code before}'s (another
     *     change was stored meanwhile, or the conversation is gone); nothing was stored
     */
    Stored save(Stored before, Change change);

    /** Every message of the conversation, oldest first. */
    List<ChatMessage> history(String id);

    /**
     * A conversation as stored.
     *
     * @param conversation its state
     * @param version bumped by every stored change
     * @param lastSeq the sequence number of its last message (messages are numbered from 1)
     */
    record Stored(Conversation conversation, long version, int lastSeq) {
    }

    /** A state change and the messages it adds. */
    record Change(Conversation conversation, List<ChatMessage> messages) {

        /** Creates an immutable change. */
        public Change {
            messages = List.copyOf(messages);
        }
    }
}
