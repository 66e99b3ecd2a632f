package org.doyak.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the integration tests that must hold on every database the service runs on: the test class runs
 * once per {@link Backend}, and each of its tests gets a fresh {@link #database()} (created before the
 * subclass's {@code @BeforeEach}, dropped after its {@code @AfterEach}). PostgreSQL that cannot be reached
 * fails the test with how to start it, never skips it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
public abstract class OnEachDatabase {
    @Parameter
    private Backend backend;
    @TempDir
    private Path databaseDir;
    private TestDatabase database;

    @BeforeEach
    final void createDatabase() {
        database = backend.fresh(databaseDir);
    }

    @AfterEach
    final void dropDatabase() {
        database.close();
    }

    /** This test's fresh database. */
    protected final TestDatabase database() {
        return database;
    }

    /** The database this run of the class is on. */
    protected final Backend backend() {
        return backend;
    }
}
