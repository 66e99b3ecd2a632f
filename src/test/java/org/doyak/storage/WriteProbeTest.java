package org.doyak.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class WriteProbeTest {
    private final WriteProbe probe = new WriteProbe();
    private final AtomicInteger pageChecks = new AtomicInteger();

    private static StorageUnavailable failure(SQLiteErrorCode code) {
        return StorageUnavailable.in(new SQLiteException("test", code)).orElseThrow();
    }

    @Test
    void a_lock_that_failed_a_real_write_is_resolved_by_a_probe_write_alone() {
        probe.failed(failure(SQLiteErrorCode.SQLITE_BUSY));
        assertEquals("the database is locked by another process", probe.unresolved().orElseThrow());
        probe.run(() -> { }, pageChecks::incrementAndGet);
        assertTrue(probe.unresolved().isEmpty());
        assertEquals(0, pageChecks.get(), "no page check after a lock");
    }

    @Test
    void a_corrupt_page_is_resolved_only_once_the_page_check_passes_too() {
        probe.failed(failure(SQLiteErrorCode.SQLITE_CORRUPT));
        StorageUnavailable stillCorrupt = assertThrows(StorageUnavailable.class, () -> probe.run(() -> { }, () -> {
            throw new StorageUnavailable("the database file is corrupt");
        }));
        assertEquals("the database file is corrupt", stillCorrupt.reason());
        assertTrue(probe.unresolved().isPresent(), "a good probe write does not clear a corrupt page");
        probe.run(() -> { }, pageChecks::incrementAndGet);
        assertEquals(1, pageChecks.get());
        assertTrue(probe.unresolved().isEmpty());
    }

    @Test
    void a_failed_probe_write_leaves_the_failure_unresolved() {
        probe.failed(failure(SQLiteErrorCode.SQLITE_READONLY));
        assertThrows(StorageUnavailable.class, () -> probe.run(() -> {
            throw failure(SQLiteErrorCode.SQLITE_READONLY);
        }, pageChecks::incrementAndGet));
        assertEquals("the database is read-only", probe.unresolved().orElseThrow());
    }

    @Test
    void a_real_write_that_fails_while_the_probe_runs_fails_the_probe() {
        StorageUnavailable during = failure(SQLiteErrorCode.SQLITE_IOERR);
        assertThrows(StorageUnavailable.class,
                () -> probe.run(() -> probe.failed(during), pageChecks::incrementAndGet));
        assertTrue(probe.unresolved().isPresent());
    }
}
