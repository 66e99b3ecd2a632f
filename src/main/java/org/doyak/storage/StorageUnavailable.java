package org.doyak.storage;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.OptionalLong;
import org.doyak.conversation.Refusal;
import org.sqlite.SQLiteException;

/**
 * The database cannot take a read or write right now (locked by another process, read-only, full, corrupt,
 * unreachable): a {@link Refusal} of kind {@code UNAVAILABLE}, so the HTTP edge answers 503 with
 * {@code Retry-After}; nothing the request carried was stored. Neither message nor reason holds personal data.
 */
public final class StorageUnavailable extends Refusal {
    private static final long serialVersionUID = 1L;
    /** Seconds a client should wait before trying again. */
    private static final long RETRY_SECONDS = 5;
    /** SQLite primary result codes that mean "storage unavailable" rather than a bug. */
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private final String reason;
    private final boolean fileDamaged;

    /** @param reason a short, personal-data-free description, for logs and start-up refusals */
    public StorageUnavailable(String reason) {
        this(reason, false);
    }

    private StorageUnavailable(String reason, boolean fileDamaged) {
        super(Kind.UNAVAILABLE, "storage is unavailable for a moment; try again shortly",
                OptionalLong.of(RETRY_SECONDS));
        this.reason = reason;
        this.fileDamaged = fileDamaged;
    }

    /**
     * True when the file itself may be damaged (corrupt pages, not a database, an I/O error): a write that
     * happens to succeed proves nothing then, only an integrity check does.
     */
    public boolean fileDamaged() {
        return fileDamaged;
    }

    /** What failed, e.g. "the database is locked by another process". */
    public String reason() {
        return reason;
    }

    /**
     * The storage failure behind an exception, if its cause chain holds one (SQLite busy, locked, read-only,
     * I/O error, corrupt, full, cannot open; a PostgreSQL connection, resource, shutdown or read-only error;
     * an exhausted connection pool).
     */
    public static Optional<StorageUnavailable> in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StorageUnavailable known) {
                return Optional.of(known);
            }
            Optional<String> reason = reason(t);
            if (reason.isPresent()) {
                return Optional.of(new StorageUnavailable(reason.get(), damage(t)));
            }
        }
        return Optional.empty();
    }

    private static boolean damage(Throwable t) {
        int code = t instanceof SQLiteException sqlite ? sqlite.getErrorCode() & 0xff : 0;
        return code == IOERR || code == CORRUPT || code == NOTADB;
    }

    /** A one-sentence reason for a storage failure, or empty when {@code t} is not one. */
    static Optional<String> reason(Throwable t) {
        if (t instanceof SQLiteException sqlite) {
            return switch (sqlite.getErrorCode() & 0xff) {
                case BUSY, LOCKED -> Optional.of("the database is locked by another process");
                case READONLY -> Optional.of("the database is read-only");
                case IOERR -> Optional.of("the database file cannot be read or written (I/O error)");
                case CORRUPT, NOTADB -> Optional.of("the database file is corrupt");
                case FULL -> Optional.of("the disk is full");
                case CANTOPEN -> Optional.of("the database file cannot be opened");
                default -> Optional.empty();
            };
        }
        if (t instanceof SQLTransientConnectionException) {
            // the pool gave up waiting: because connecting failed (its cause), or because all were busy
            return Optional.of(t.getCause() != null ? "the database cannot be reached"
                    : "no database connection is free");
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || "25006".equals(state)
                    || "40001".equals(state) || "40P01".equals(state)) {
                return Optional.of("the database is unavailable (SQLSTATE " + state + ")");
            }
        }
        return Optional.empty();
    }
}
