package org.doyak.conversation;

import java.time.Instant;

/** Keeps unrecognised messages for staff. Thread-safe; a failure must not fail the turn. */
@FunctionalInterface
public interface UnrecognisedLog {

    /** Records one message at a time. */
    void record(Unrecognised message, Instant at);
}
