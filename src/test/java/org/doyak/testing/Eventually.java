package org.doyak.testing;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a positive signal: polls a probe until its value passes, failing with what it last saw. */
public final class Eventually {
    private static final long PAUSE_MS = 25;

    private Eventually() {
    }

    /**
     * @return the first value of {@code probe} that passes {@code done}
     * @throws AssertionError when none passes within {@code limit}
     */
    public static <T> T until(Supplier<T> probe, Predicate<T> done, Duration limit, String what) {
        long deadline = System.nanoTime() + limit.toNanos();
        T value = probe.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; last: " + value);
            }
            try {
                Thread.sleep(PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
            value = probe.get();
        }
        return value;
    }
}
