package org.doyak.handoff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doyak.storage.Database;
import org.jdbi.v3.core.statement.Query;

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

    private final Database db;

    /** Searches the given (migrated) database. */
    public HandoffSearch(Database db) {
        this.db = db;
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
        StringBuilder sql = new StringBuilder("SELECT * FROM handoffs h WHERE h.status IN ('closed', 'cancelled')");
        Map<String, Object> binds = new LinkedHashMap<>();
        if (c.from() != null) {
            sql.append(" AND h.closed_at >= :from");
            binds.put("from", Times.iso(c.from().atStartOfDay(SEOUL).toInstant()));
        }
        if (c.to() != null) {
            sql.append(" AND h.closed_at < :to");
            binds.put("to", Times.iso(c.to().plusDays(1).atStartOfDay(SEOUL).toInstant()));
        }
        if (c.counselor() != null && !c.counselor().isBlank()) {
            sql.append(" AND h.counselor = :counselor");
            binds.put("counselor", c.counselor().strip());
        }
        if (c.reason() != null && !c.reason().isBlank()) {
            sql.append(" AND h.reason = :reason");
            binds.put("reason", c.reason().strip());
        }
        List<String> words = c.words() == null ? List.of() : Arrays.stream(c.words().strip().split("\\s+"))
                .filter(w -> !w.isEmpty()).limit(MAX_WORDS).toList();
        for (int i = 0; i < words.size(); i++) {
            String p = ":w" + i;
            sql.append(" AND (LOWER(COALESCE(h.note, '')) LIKE ").append(p).append(" ESCAPE '!'")
                    .append(" OR LOWER(h.summary) LIKE ").append(p).append(" ESCAPE '!'")
                    .append(" OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = h.conversation_id")
                    .append(" AND LOWER(m.body) LIKE ").append(p).append(" ESCAPE '!'))");
            binds.put("w" + i, "%" + escape(words.get(i).toLowerCase(Locale.ROOT)) + "%");
        }
        sql.append(" ORDER BY h.closed_at DESC LIMIT ").append(LIMIT);
        return db.jdbi().withHandle(handle -> {
            Query query = handle.createQuery(sql.toString());
            binds.forEach(query::bind);
            return new ArrayList<>(query.mapTo(Handoff.class).list());
        });
    }

    private static String escape(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
