package org.doyak.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named piece of logic a flow runs with a {@code do} step, for what YAML alone cannot express
 * (scoring a questionnaire, checking a resume, matching program rules, booking a slot). Actions are
 * registered in the composition root; {@code validate} rejects unknown names.
 *
 * <p>Implementations must be thread-safe, quick (they run inside the conversation's turn) and must
 * not throw for bad input from the seeker: they explain the problem in their replies instead.
 */
@FunctionalInterface
public interface Action {

    /** Runs the action for one turn. */
    Result run(Context context);

    /**
     * The slots this action may set, so {@code validate} can tell a placeholder or condition on them from
     * a typo. None by default.
     */
    default Set<String> slots() {
        return Set.of();
    }

    /**
     * What the action sees.
     *
     * @param conversationId the conversation
     * @param channel its channel
     * @param lang {@code ko} or {@code en}
     * @param slots the slots so far (read-only)
     * @param args the step's {@code with} values, placeholders filled
     * @param now the turn's time
     */
    record Context(String conversationId, String channel, String lang, Map<String, String> slots,
            Map<String, String> args, Instant now) {
    }

    /**
     * What the action produced.
     *
     * @param slots slots to set (an empty value removes the slot)
     * @param replies messages to say, in order
     */
    record Result(Map<String, String> slots, List<Reply> replies) {

        /** Creates an immutable result. */
        public Result {
            slots = Map.copyOf(slots);
            replies = List.copyOf(replies);
        }
    }

    /**
     * One message from an action, already in the conversation's language.
     *
     * @param text the text
     * @param buttons buttons to offer
     */
    record Reply(String text, List<ChatMessage.Choice> buttons) {

        /** Creates an immutable reply. */
        public Reply {
            buttons = List.copyOf(buttons);
        }
    }
}
