package org.doyak.conversation;

import java.util.List;

/**
 * Where the conversation is in the flows.
 *
 * @param flow current flow id, or null when no flow runs (idle)
 * @param step index of the question waiting for an answer, or -1
 * @param retries wrong answers given to that question so far
 * @param stack flows to return to, innermost last
 * @param stepId the id of the question waiting for an answer, stored so a conversation keeps its place when
 *     staff insert or remove steps (see {@link Places}); null when unknown (not stamped yet)
 */
public record Position(String flow, int step, int retries, List<Frame> stack, String stepId) {

    /** No flow running. */
    public static final Position IDLE = new Position(null, -1, 0, List.of());

    /** Creates an immutable position. */
    public Position {
        stack = List.copyOf(stack);
    }

    /** A position whose step id is not known yet (the engine stamps it before storing). */
    public Position(String flow, int step, int retries, List<Frame> stack) {
        this(flow, step, retries, stack, null);
    }

    /** True when a question waits for an answer. */
    public boolean awaiting() {
        return flow != null && step >= 0;
    }
}
