package org.doyak.conversation;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Messages the service sends on its own, not in answer to the seeker (an appointment reminder): stored in
 * the conversation like any other and delivered by the channel that holds the seeker (pushed to the widget
 * when it is open, shown in the history when the seeker returns; sent on Telegram). Thread-safe.
 */
public final class Notices {
    private final Conversations conversations;

    /** Sends through the one writer of conversations. */
    public Notices(Conversations conversations) {
        this.conversations = conversations;
    }

    /**
     * Stores and delivers one message.
     *
     * @param message builds the message from the conversation as it is (its language)
     * @return false when the conversation no longer exists (erased): nothing was sent
     */
    public boolean send(String conversationId, Function<Conversation, ChatMessage> message) {
        try {
            conversations.apply(conversationId, c -> new ConversationStore.Change(c, List.of(message.apply(c))), false);
            return true;
        } catch (NoSuchElementException gone) {
            return false;
        }
    }
}
