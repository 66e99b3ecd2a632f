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
 * @param uses every text, payload, intent and condition written in the flow, where it is written, for
 *     the checks on meaning
 */
public record ParsedFlow(Flow flow, Where where, List<Where> stepPlaces, List<Reference> references,
        List<Use> uses) {

    /** Creates an immutable parsed flow. */
    public ParsedFlow {
        stepPlaces = List.copyOf(stepPlaces);
        references = List.copyOf(references);
        uses = List.copyOf(uses);
    }

    /**
     * A value written in a flow that must make sense with the rest of the dialogs.
     *
     * @param kind what it is
     * @param value as written
     * @param context for {@link Kind#ITEM_TEXT} the collection, for {@link Kind#ANSWER} the question's slot;
     *     otherwise empty
     * @param where where it is written
     */
    public record Use(Kind kind, String value, String context, Where where) {

        /** What a use is. */
        public enum Kind {
            /** A text (or {@code set}, {@code with}, {@code where} value) whose placeholders are slots. */
            TEXT,
            /** A {@code list} step's item text, whose placeholders are the collection's fields. */
            ITEM_TEXT,
            /** The payload of a button outside a question: it must start a flow or switch language. */
            PAYLOAD,
            /** The payload of a button of a question: the answer stored in the question's slot. */
            ANSWER,
            /** An intent named in {@code triggers}. */
            INTENT,
            /** A branch condition. */
            CONDITION,
            /** A slot written by {@code ask} or {@code set}. */
            SLOT
        }
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
