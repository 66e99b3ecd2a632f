package org.doyak.conversation;

/**
 * Told about every seeker turn after the engine has stored it: the one hook for what happens around
 * a conversation (open a handoff when the mode becomes WAITING, show a seeker's message to the
 * counselors). Called on the request thread after the turn is stored and its replies were handed to the
 * {@link Outbound}, once the conversation's lock is released (so it may run engine operations such as
 * {@link Handover#queuePosition}, which land after the replies); it cannot change the turn. Exceptions
 * are logged and ignored.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface TurnListener {
    /** A listener that does nothing. */
    TurnListener NONE = (before, change) -> { };

    /**
     * One turn was stored.
     *
     * @param before the conversation as the turn found it
     * @param change the stored state and the messages the turn added (the seeker's own message first)
     */
    void turnStored(Conversation before, ConversationStore.Change change);
}
