package org.doyak.conversation;

/**
 * Sends a message that reaches a seeker outside the reply to their own message (a counselor's answer,
 * a queue update, the bot resuming after a counselor) to the seeker's channel. Each channel adapter
 * implements it: the web widget pushes over its socket, Telegram sends a chat message.
 *
 * <p>The message is already stored when this is called, so a seeker who is not connected still finds
 * it in the conversation's history. Implementations are thread-safe, must not block for long, and
 * report failures by returning false rather than throwing.
 */
@FunctionalInterface
public interface Delivery {

    /**
     * Sends one stored message to the seeker of {@code conversation}.
     *
     * @return true when the channel took the message (an open socket, an accepted API call)
     */
    boolean deliver(Conversation conversation, ChatMessage message);
}
