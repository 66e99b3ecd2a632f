package org.doyak.storage;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tells whether the database takes writes now, for {@code /health}, from two signals: a probe write, and
 * the last storage failure of any real write, which stays unresolved until a probe clears it. A probe clears
 * it only by doing what failed: its write commits through the same path as every real write (on SQLite the
 * one writer thread and the write-ahead log), and when the failure may come from a damaged file, an integrity
 * check of every page also passes, since the probe's own row may sit on a sound page while a seeker's
 * messages land on a corrupt one. Thread-safe.
 */
final class WriteProbe {
    private final AtomicReference<StorageUnavailable> unresolved = new AtomicReference<>();

    /** Records that a real write failed for want of storage. */
    void failed(StorageUnavailable failure) {
        unresolved.set(failure);
    }

    /** What the last real write failure not yet cleared by a probe was, if any. */
    Optional<String> unresolved() {
        return Optional.ofNullable(unresolved.get()).map(u -> u.reason());
    }

    /**
     * Runs {@code write}, then {@code pageCheck} when the unresolved failure may come from a damaged file; when
     * both pass, that failure is resolved.
     *
     * @throws StorageUnavailable when the write or the page check fails, or a real write failed meanwhile
     */
    void run(Runnable write, Runnable pageCheck) {
        StorageUnavailable seen = unresolved.get();
        write.run();
        if (seen != null && seen.fileDamaged()) {
            pageCheck.run();
        }
        unresolved.compareAndSet(seen, null);
        StorageUnavailable meanwhile = unresolved.get();
        if (meanwhile != null) {
            throw new StorageUnavailable(meanwhile.reason());
        }
    }
}
