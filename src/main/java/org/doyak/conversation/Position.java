package org.doyak.conversation;

import java.util.List;

/**
 * Where the conversation is in the flows.
 *
 * @param flow current flow id, or null when no flow runs (idle)
 * @param step index of the question waiting for an answer, or -1
 * @param retries wrong answers given to that question so far
 * @param stack flows to return to, innermost last
 */
public record Position(String flow, int step, int retries, List<Frame> stack) {

    /** No flow running. */
    public static final Position IDLE = new Position(null, -1, 0, List.of());

    /** Creates an immutable position. */
    public Position {
        stack = List.copyOf(stack);
    }

    /** True when a question waits for an answer. */
    public boolean awaiting() {
        return flow != null && step >= 0;
    }
}
