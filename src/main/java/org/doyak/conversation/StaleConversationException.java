package org.doyak.conversation;

/**
 * A change was computed from a conversation that someone else changed meanwhile (another instance
 * writing without the conversation's lock, or a conversation erased meanwhile). Nothing of the change
 * was stored; sending the message again computes it from the current state.
 */
public final class StaleConversationException extends Refusal {
    private static final long serialVersionUID = 1L;

    /** @param conversationId the conversation whose stored version moved on (not shown to the client) */
    public StaleConversationException(String conversationId) {
        super(Kind.CONFLICT, "the conversation changed meanwhile; nothing was stored, please send again");
    }
}
