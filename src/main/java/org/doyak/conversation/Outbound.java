package org.doyak.conversation;

import java.util.List;
import java.util.Map;

/**
 * The engine's one way out (as Tock's {@code Connector}): every message stored for a seeker — the bot's
 * replies, a counselor's answers, notices such as the queue position — is handed to it once, right
 * after it is stored, to be delivered by the channel that holds the seeker (the widget's socket, the
 * Telegram outbox). The engine calls it while holding the conversation's {@link ConversationLock}, so
 * the calls for one conversation never overlap and come in sequence order; an implementation keeps
 * that order (e.g. by queueing per chat).
 *
 * <p>Implementations are thread-safe, must not block for long and must not throw (a seeker who is not
 * connected still finds every message in the conversation's history).
 */
@FunctionalInterface
public interface Outbound {
    /** Delivers nothing: the messages stay in the history. */
    Outbound NONE = (conversation, messages, reply) -> { };

    /**
     * Delivers stored messages of one conversation, oldest first.
     *
     * @param conversation the conversation as stored with these messages (its channel and channel id)
     * @param messages the messages for the seeker, never the seeker's own; not empty
     * @param reply true when they answer the seeker's own message in the same call: a channel that
     *     returns the answer in its response (the widget's HTTP reply) delivers nothing more for them
     */
    void deliver(Conversation conversation, List<Numbered> messages, boolean reply);

    /** Delivers through the outbound of the conversation's channel; channels without one get nothing. */
    static Outbound byChannel(Map<String, Outbound> channels) {
        Map<String, Outbound> copy = Map.copyOf(channels);
        return (conversation, messages, reply) -> copy.getOrDefault(conversation.channel(), NONE)
                .deliver(conversation, messages, reply);
    }

    /**
     * A stored message with its place in the conversation.
     *
     * @param seq its sequence number, from 1, increasing by one per stored message
     * @param message the message
     */
    record Numbered(int seq, ChatMessage message) {
    }
}
