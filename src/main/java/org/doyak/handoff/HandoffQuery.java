package org.doyak.handoff;

import java.time.Instant;
import java.util.List;

/**
 * What {@link HandoffStore#finished} looks for; null parts are not filtered on.
 *
 * @param from finished at or after, or null
 * @param until finished before, or null
 * @param counselor who handled it, or null
 * @param reason the handoff reason code, or null
 * @param words lower-case words that must each appear in the transcript, the resolution note or the summary
 * @param limit the most results
 */
public record HandoffQuery(Instant from, Instant until, String counselor, String reason, List<String> words,
        int limit) {
    /** Copies the word list. */
    public HandoffQuery {
        words = List.copyOf(words);
    }
}
