package org.doyak.dialog.load;

import java.util.List;
import org.doyak.dialog.Flow;
import org.doyak.dialog.load.Node.Where;

/**
 * A flow as read from its file, with the places needed to report problems found across flows.
 *
 * @param flow the flow
 * @param where where its id is written
 * @param stepPlaces where each step starts, by step index
 * @param references every step or flow a step points to
 */
public record ParsedFlow(Flow flow, Where where, List<Where> stepPlaces, List<Reference> references) {

    /** Creates an immutable parsed flow. */
    public ParsedFlow {
        stepPlaces = List.copyOf(stepPlaces);
        references = List.copyOf(references);
    }

    /**
     * A pointer from one step to a step of the same flow or to another flow.
     *
     * @param fromStep index of the pointing step
     * @param toFlow true when {@code target} names a flow, false for a step
     * @param target the id pointed to
     * @param where where the pointer is written
     */
    public record Reference(int fromStep, boolean toFlow, String target, Where where) {
    }
}
