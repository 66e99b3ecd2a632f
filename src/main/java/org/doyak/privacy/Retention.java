package org.doyak.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doyak.content.SeekerData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the promise the consent question makes: a conversation whose last message is older than the
 * retention period is erased (messages, answers, bookings, handoffs), and its record removed. Runs
 * at start and then every few hours on one background thread. Thread-safe; close it once.
 */
public final class Retention implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    private static final Duration EVERY = Duration.ofHours(6);

    private final Stale stale;
    private final SeekerData erase;
    private final Clock clock;
    private final Duration keep;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "doyak-retention");
        thread.setDaemon(true);
        return thread;
    });

    /** Finds and forgets old conversations; implemented by the storage adapter. */
    public interface Stale {

        /** Ids of conversations whose last activity is before {@code cutoff}. */
        List<String> lastActiveBefore(Instant cutoff);

        /** Removes the conversation record itself (after its data was erased). */
        void forget(String conversationId);
    }

    /**
     * @param keep how long after the last message data is kept
     */
    public Retention(Stale stale, SeekerData erase, Clock clock, Duration keep) {
        this.stale = stale;
        this.erase = erase;
        this.clock = clock;
        this.keep = keep;
    }

    /** Sweeps now and then every six hours. */
    public Retention start() {
        timer.scheduleWithFixedDelay(this::sweepLogged, 0, EVERY.toMinutes(), TimeUnit.MINUTES);
        return this;
    }

    /**
     * Erases every conversation idle for longer than the retention period.
     *
     * @return how many were erased
     */
    public int sweep() {
        List<String> old = stale.lastActiveBefore(clock.instant().minus(keep));
        for (String id : old) {
            erase.erase(id);
            stale.forget(id);
        }
        return old.size();
    }

    private void sweepLogged() {
        try {
            int erased = sweep();
            if (erased > 0) {
                LOG.info("retention: erased {} conversation(s) idle for more than {} days", erased, keep.toDays());
            }
        } catch (RuntimeException e) {
            LOG.warn("retention sweep failed; will try again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
