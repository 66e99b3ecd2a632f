package org.doyak.conversation;

/**
 * Where a calling flow continues when the called flow ends.
 *
 * @param flow the calling flow's id
 * @param step index of the step to continue with
 */
public record Frame(String flow, int step) {
}
