package org.doyak.conversation;

import java.time.Instant;
import java.util.List;

/**
 * What one stored turn did, for the staff dashboard: no message text and no slot values.
 *
 * @param at when the turn ran
 * @param conversationId the conversation (its events are erased with it)
 * @param channel {@code web} or {@code telegram}
 * @param lang the reply language
 * @param intent the intent the classifier chose for a typed message; null for a button, command or answer
 * @param confidence that intent's confidence, 0 when there was none
 * @param fallback true when the bot said it did not understand
 * @param steps the steps the flows passed this turn, as {@code flowId/stepId}, in order, with
 *     {@code flowId/#start} where a flow was entered at its beginning
 * @param completed flows that ran to their end this turn
 * @param handoff true when the turn handed the conversation to a counselor
 * @param satisfaction the seeker's answer to the satisfaction question when given this turn, else null
 */
public record TurnEvent(Instant at, String conversationId, String channel, String lang, String intent,
        double confidence, boolean fallback, List<String> steps, List<String> completed, boolean handoff,
        String satisfaction) {

    /** The pseudo-step of a flow entered at its beginning. */
    public static final String START = "#start";
    /** The pseudo-step of a flow run to its end. */
    public static final String END = "#end";

    /** Creates an immutable event. */
    public TurnEvent {
        steps = List.copyOf(steps);
        completed = List.copyOf(completed);
    }

    /** Where turn events go. Implementations are thread-safe and must not throw for a failed write. */
    @FunctionalInterface
    public interface Sink {
        /** Drops every event. */
        Sink NONE = e -> { };

        /** Records one event. */
        void record(TurnEvent event);
    }
}
