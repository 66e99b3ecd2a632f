package org.doyak.dialog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One step of a flow. Every step has an id (written, or {@code step-N} by position). */
public sealed interface Step {

    /** The step's id within its flow. */
    String id();

    /** The buttons the step shows; none for steps that show no message of their own. */
    default List<Button> buttons() {
        return List.of();
    }

    /** Shows a text, then goes on to the next step. */
    record Say(String id, Text text, List<Button> buttons) implements Step {
    }

    /**
     * Asks a question and waits for the answer, which is checked and stored in {@code slot}.
     *
     * @param expect how the answer is checked
     * @param retry said when the answer does not pass
     * @param retries how many wrong answers are allowed before giving up
     * @param fail step to go to after the last wrong answer; empty ends the flow
     * @param again a shorter wording for asking it again right after it was asked (after a wrong answer, or
     *     when the seeker wrote about something else meanwhile); empty: the question itself
     */
    record Ask(String id, Text text, List<Button> buttons, String slot, Expect expect, Text retry, int retries,
            Optional<String> fail, Optional<Text> again) implements Step {

        /** What to say when asking it again. */
        public Text againText() {
            return again.orElse(text);
        }
    }

    /** Goes to the first case whose condition holds, else to {@code otherwise} (or on, if empty). */
    record Branch(String id, List<Case> cases, Optional<String> otherwise) implements Step {
    }

    /** Goes to another step of the same flow. */
    record Goto(String id, String target) implements Step {
    }

    /** Continues in another flow; with {@code returns} the flow comes back here afterwards. */
    record StartFlow(String id, String flow, boolean returns) implements Step {
    }

    /** Sets slots; values may contain {@code {slot}} placeholders. */
    record SetSlots(String id, Map<String, String> values) implements Step {
    }

    /** Lists items of a content collection that match {@code where}. */
    record ListItems(String id, String collection, Map<String, String> where, Text item, Text empty, int limit)
            implements Step {
    }

    /** Runs a named action (see the engine's actions) with arguments that may contain placeholders. */
    record Do(String id, String action, Map<String, String> with) implements Step {
    }

    /** Hands the conversation to a counselor, with a reason the counselor sees. */
    record Handoff(String id, String reason, Optional<Text> text) implements Step {
    }

    /** Ends the flow (returning to a calling flow, if any), optionally saying something. */
    record End(String id, Optional<Text> text, List<Button> buttons) implements Step {
    }

    /** One branch case: a condition and the step to go to. */
    record Case(Condition when, String target) {
    }
}
