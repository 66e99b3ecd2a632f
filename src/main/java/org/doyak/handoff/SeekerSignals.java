package org.doyak.handoff;

import org.doyak.conversation.Conversation;

/**
 * Passing signals that are not messages to a seeker's screen: nothing is stored, and a channel that
 * cannot show a signal ignores it. Implementations are thread-safe, do not block for long and never throw.
 */
@FunctionalInterface
public interface SeekerSignals {
    /** The counselor is typing (the screen shows it for a few seconds). */
    String TYPING = "typing";
    /** The counselor has read the seeker's messages up to {@code at}. */
    String SEEN = "seen";

    /**
     * Sends one signal.
     *
     * @param conversation the seeker's conversation
     * @param type {@link #TYPING} or {@link #SEEN}
     * @param at when it happened (ISO-8601)
     */
    void signal(Conversation conversation, String type, String at);
}
