package org.doyak.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doyak.handoff.Handoff;
import org.doyak.handoff.HandoffQuery;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The search of finished handoffs as one SQL query (portable: LIKE with an escape character). */
final class FinishedHandoffs {
    private FinishedHandoffs() {
    }

    static List<Handoff> find(Handle handle, HandoffQuery q) {
        StringBuilder sql = new StringBuilder("SELECT * FROM handoffs h WHERE h.status IN ('closed', 'cancelled')");
        Map<String, Object> binds = new LinkedHashMap<>();
        if (q.from() != null) {
            sql.append(" AND h.closed_at >= :from");
            binds.put("from", Timestamps.iso(q.from()));
        }
        if (q.until() != null) {
            sql.append(" AND h.closed_at < :until");
            binds.put("until", Timestamps.iso(q.until()));
        }
        if (q.counselor() != null) {
            sql.append(" AND h.counselor = :counselor");
            binds.put("counselor", q.counselor());
        }
        if (q.reason() != null) {
            sql.append(" AND h.reason = :reason");
            binds.put("reason", q.reason());
        }
        for (int i = 0; i < q.words().size(); i++) {
            String p = ":w" + i;
            sql.append(" AND (LOWER(COALESCE(h.note, '')) LIKE ").append(p).append(" ESCAPE '!'")
                    .append(" OR LOWER(h.summary) LIKE ").append(p).append(" ESCAPE '!'")
                    .append(" OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = h.conversation_id")
                    .append(" AND LOWER(m.body) LIKE ").append(p).append(" ESCAPE '!'))");
            binds.put("w" + i, "%" + escape(q.words().get(i)) + "%");
        }
        sql.append(" ORDER BY h.closed_at DESC LIMIT ").append(q.limit());
        Query query = handle.createQuery(sql.toString());
        binds.forEach(query::bind);
        return new ArrayList<>(query.mapTo(Handoff.class).list());
    }

    private static String escape(String word) {
        return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
