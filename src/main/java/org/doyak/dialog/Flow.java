package org.doyak.dialog;

import java.util.List;
import java.util.Optional;

/**
 * One conversation flow from a file in {@code dialogs/flows/}. Immutable.
 *
 * @param id unique flow id
 * @param title shown on suggestion buttons
 * @param triggers what starts it
 * @param steps the steps, run in order unless a step jumps
 */
public record Flow(String id, Text title, Triggers triggers, List<Step> steps) {

    /** Creates an immutable flow. */
    public Flow {
        steps = List.copyOf(steps);
    }

    /** Index of the step with this id, if any. */
    public Optional<Integer> indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The first payload that starts this flow, used for suggestion buttons; empty if none. */
    public Optional<String> entryPayload() {
        return triggers.payloads().stream().findFirst();
    }
}
