package org.doyak.storage;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.doyak.cluster.Leadership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Leadership} across instances on one PostgreSQL database: the leader of a role is the instance holding
 * the session advisory lock {@code AdvisoryLocks.key("leader", role)}. Every {@link #CHECK} each campaign either
 * tries to take the lock ({@code pg_try_advisory_lock}, never waiting) or, while leading, checks that the
 * lock's connection is still alive. When the leader dies or loses the database, the server ends its session
 * and releases the lock, and another instance is elected at its next check; the old leader, if still running,
 * is deposed at its own next check. Thread-safe; close it once (after its campaigns).
 */
public final class AdvisoryLeadership implements Leadership, AutoCloseable {
    /** How often each campaign tries for the lock or checks that it still holds it. */
    static final Duration CHECK = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryLeadership.class);

    private final AdvisoryLocks locks;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "doyak-leadership");
        t.setDaemon(true);
        return t;
    });

    /** Campaigns with the database's advisory locks. */
    AdvisoryLeadership(AdvisoryLocks locks) {
        this.locks = locks;
    }

    @Override
    public Campaign campaign(String role, Runnable elected, Runnable deposed) {
        return new Running(role, elected, deposed);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private final class Running implements Campaign {
        private final String role;
        private final long key;
        private final Runnable elected;
        private final Runnable deposed;
        private final ScheduledFuture<?> checks;
        private AdvisoryLocks.Held held;
        private boolean closed;

        Running(String role, Runnable elected, Runnable deposed) {
            this.role = role;
            this.key = AdvisoryLocks.key("leader", role);
            this.elected = elected;
            this.deposed = deposed;
            this.checks = worker.scheduleWithFixedDelay(this::check, 0, CHECK.toMillis(), TimeUnit.MILLISECONDS);
        }

        private synchronized void check() {
            if (closed) {
                return;
            }
            try {
                if (held == null) {
                    held = locks.tryLock(key).orElse(null);
                    if (held != null) {
                        LOG.info("this instance now leads '{}'", role);
                        elected.run();
                    }
                } else if (!held.alive()) {
                    LOG.warn("this instance lost the lead of '{}' (its database connection is gone)", role);
                    resign();
                }
            } catch (RuntimeException e) {
                LOG.warn("campaign for '{}': {}", role, e.getMessage());
            }
        }

        private void resign() {
            AdvisoryLocks.Held was = held;
            held = null;
            deposed.run();
            was.close();
        }

        @Override
        public synchronized boolean leading() {
            return held != null;
        }

        @Override
        public synchronized void close() {
            closed = true;
            checks.cancel(false);
            if (held != null) {
                resign();
            }
        }
    }
}
