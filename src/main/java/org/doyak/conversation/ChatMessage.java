package org.doyak.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation, as stored and as shown.
 *
 * @param from {@code user}, {@code bot} or {@code counselor}
 * @param kind {@code text} for ordinary messages, {@code system} for notices about the conversation
 *     itself (handoff, language), {@code button} for a pressed button
 * @param text the text shown; for a pressed button, its title
 * @param buttons buttons offered with the message, in the language of the moment
 * @param at when it was stored
 */
public record ChatMessage(String from, String kind, String text, List<Choice> buttons, Instant at) {

    /** Creates an immutable message. */
    public ChatMessage {
        buttons = List.copyOf(buttons);
    }

    /**
     * A button as shown.
     *
     * @param title the label
     * @param payload what a press sends
     */
    public record Choice(String title, String payload) {
    }
}
