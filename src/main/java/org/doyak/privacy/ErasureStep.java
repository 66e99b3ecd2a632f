package org.doyak.privacy;

/**
 * One feature's part of erasing a seeker: each feature that keeps something about a conversation
 * (messages, bookings, handoffs, Telegram link codes...) contributes a step, and {@link Erasure} runs
 * them all. Implementations are thread-safe, idempotent (erasing twice is harmless) and leave the
 * conversation record itself in place.
 */
@FunctionalInterface
public interface ErasureStep {

    /** Deletes what this feature keeps about the conversation. */
    void erase(String conversationId);
}
