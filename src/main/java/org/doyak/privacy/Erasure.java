package org.doyak.privacy;

import java.util.List;
import org.doyak.content.SeekerData;

/**
 * Erases a seeker's data by running every feature's {@link ErasureStep} in turn: what the "delete my
 * data" flow and the retention sweep call. A step that fails stops the erasure with its exception (the
 * caller retries; steps are idempotent). Thread-safe.
 */
public final class Erasure implements SeekerData {
    private final List<ErasureStep> steps;

    /** @param steps every feature's step; the conversation's own messages last */
    public Erasure(List<ErasureStep> steps) {
        this.steps = List.copyOf(steps);
    }

    @Override
    public void erase(String conversationId) {
        steps.forEach(step -> step.erase(conversationId));
    }
}
