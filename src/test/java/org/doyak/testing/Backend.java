package org.doyak.testing;

import java.nio.file.Path;

/**
 * The databases the service runs on. Storage-touching integration tests run once per backend
 * ({@code @ParameterizedClass @EnumSource(Backend.class)}), each test on a fresh database.
 */
public enum Backend {
    /** A SQLite file: the default for one instance. */
    SQLITE,
    /** A PostgreSQL server: for several instances. */
    POSTGRESQL;

    /**
     * A fresh empty database of this kind; close it after the test.
     *
     * @param dir the test's own folder (where the SQLite file goes)
     * @throws AssertionError when PostgreSQL is not reachable, saying how to start it
     */
    public TestDatabase fresh(Path dir) {
        return this == SQLITE ? TestDatabase.sqlite(dir) : TestDatabase.postgres();
    }
}
