package org.doyak.handoff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finds finished (closed or cancelled) handoffs, most recently finished first, at most {@value #LIMIT}.
 * Every word must appear (case-insensitive) in the transcript, the resolution note or the summary;
 * dates are Korean days of the close, both ends included. Thread-safe.
 */
public final class HandoffSearch {
    /** The most results returned. */
    public static final int LIMIT = 100;
    private static final int MAX_WORDS = 8;
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final HandoffStore store;

    /** Searches the handoffs in {@code store}. */
    public HandoffSearch(HandoffStore store) {
        this.store = store;
    }

    /**
     * What to look for; blank or null parts are not filtered on.
     *
     * @param words space-separated words (at most {@value #MAX_WORDS} are used)
     * @param from first Korean day of the close, or null
     * @param to last Korean day of the close, or null
     * @param counselor who handled it, or null
     * @param reason the handoff reason code, or null
     */
    public record Criteria(String words, LocalDate from, LocalDate to, String counselor, String reason) {
    }

    /** The matching handoffs. */
    public List<Handoff> find(Criteria c) {
        List<String> words = c.words() == null ? List.of() : Arrays.stream(c.words().strip().split("\\s+"))
                .filter(w -> !w.isEmpty()).limit(MAX_WORDS).map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return store.finished(new HandoffQuery(
                c.from() == null ? null : c.from().atStartOfDay(SEOUL).toInstant(),
                c.to() == null ? null : c.to().plusDays(1).atStartOfDay(SEOUL).toInstant(),
                blankToNull(c.counselor()), blankToNull(c.reason()), words, LIMIT));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
