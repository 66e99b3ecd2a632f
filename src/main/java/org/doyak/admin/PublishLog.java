package org.doyak.admin;

import java.util.List;

/** Where publishes are recorded. Implementations are thread-safe. */
public interface PublishLog {

    /** Stores a record. */
    void record(PublishRecord record);

    /** The latest records, newest first. */
    List<PublishRecord> recent(int limit);
}
