package org.doyak.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer thread for SQLite, which has one writer at a time anyway: callers queue their write work
 * and wait; the thread takes everything queued, runs each piece in its own savepoint inside one
 * transaction, commits once, and only then wakes the callers. Many turns cost one commit (group commit)
 * and a caller returns only once its write is durable. A piece that throws is rolled back alone (its
 * savepoint) and its caller gets the exception; a failed commit, or a piece whose error made SQLite roll back
 * the whole transaction, fails every caller of that batch with that error as the cause.
 *
 * <p>Work runs on the writer thread: it must be short and must not wait for other writes. A
 * {@link #write} called from inside a piece of work joins that work's transaction. Thread-safe.
 */
final class GroupCommit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 512;

    private final Job<Void> stop = new Job<>(h -> null);
    private final Jdbi jdbi;
    private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private volatile boolean closed;

    GroupCommit(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.writer = new Thread(this::run, "doyak-sqlite-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Runs {@code work} in a transaction with whatever else is queued and returns its result once committed.
     *
     * @throws IllegalStateException after {@link #close}, or when the commit failed
     * @throws RuntimeException what {@code work} threw (nothing of it is stored)
     */
    <T> T write(Function<Handle, T> work) {
        Handle joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        if (closed) {
            throw new IllegalStateException("the database is closed");
        }
        Job<T> job = new Job<>(work);
        queue.add(job);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return job.result.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the write may commit anyway: its caller must learn the outcome
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        List<Job<?>> batch = new ArrayList<>();
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            stopping = batch.remove(stop);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
        }
        Job<?> left;
        while ((left = queue.poll()) != null) {
            left.result.completeExceptionally(new IllegalStateException("the database is closed"));
        }
    }

    private void commit(List<Job<?>> batch) {
        List<Runnable> wakeUps = new ArrayList<>(batch.size());
        try (Handle h = jdbi.open()) {
            h.begin();
            current.set(h);
            try {
                for (Job<?> job : batch) {
                    wakeUps.add(job.runIn(h));
                }
                h.commit();
            } catch (RuntimeException e) {
                rollback(h);
                throw e;
            } finally {
                current.remove();
            }
        } catch (RuntimeException e) {
            LOG.warn("a group commit of {} write(s) failed: {}", batch.size(), e.toString());
            batch.forEach(job -> job.result.completeExceptionally(
                    new IllegalStateException("the database did not accept the write: " + e.getMessage(), e)));
            return;
        }
        wakeUps.forEach(Runnable::run);
    }

    private static void rollback(Handle h) {
        try {
            h.rollback();
        } catch (RuntimeException e) {
            LOG.debug("rollback after a failed group commit: {}", e.toString());
        }
    }

    /** Commits what is queued, then stops; later writes fail. */
    @Override
    public void close() {
        closed = true;
        queue.add(stop);
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One caller's work and the future it waits on. */
    private static final class Job<T> {
        private final Function<Handle, T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();

        Job(Function<Handle, T> work) {
            this.work = work;
        }

        /** Runs the work in a savepoint; returns what completes the caller's future after the commit. */
        Runnable runIn(Handle h) {
            h.savepoint("job");
            try {
                T value = work.apply(h);
                h.releaseSavepoint("job");
                return () -> result.complete(value);
            } catch (RuntimeException e) {
                try {
                    h.rollbackToSavepoint("job");
                    h.releaseSavepoint("job");
                } catch (RuntimeException savepointGone) {
                    // SQLite rolled the whole transaction back itself (corrupt page, I/O error, full disk):
                    // the batch fails, with this work's error as the cause its callers see
                    e.addSuppressed(savepointGone);
                    throw e;
                }
                return () -> result.completeExceptionally(e);
            }
        }
    }
}
