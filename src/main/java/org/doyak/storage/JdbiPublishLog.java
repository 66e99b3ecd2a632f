package org.doyak.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.doyak.admin.PublishLog;
import org.doyak.admin.PublishRecord;

/** {@link PublishLog} on Jdbi: table {@code publishes}, changes and problems as JSON arrays. */
public final class JdbiPublishLog implements PublishLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LINES = new TypeReference<>() { };

    private final Database db;

    /** Uses the given (migrated) database. */
    public JdbiPublishLog(Database db) {
        this.db = db;
    }

    @Override
    public void record(PublishRecord r) {
        db.write(h -> h.createUpdate("INSERT INTO publishes (id, at, who, result, changes, problems) "
                + "VALUES (:id, :at, :who, :result, :changes, :problems)")
                .bind("id", UUID.randomUUID().toString()).bind("at", r.at().toString()).bind("who", r.who())
                .bind("result", r.result()).bind("changes", json(r.changes())).bind("problems", json(r.problems()))
                .execute());
    }

    @Override
    public List<PublishRecord> recent(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT at, who, result, changes, problems FROM publishes "
                + "ORDER BY at DESC LIMIT :limit").bind("limit", limit)
                .map((rs, ctx) -> new PublishRecord(Instant.parse(rs.getString("at")), rs.getString("who"),
                        rs.getString("result"), lines(rs.getString("changes")), lines(rs.getString("problems"))))
                .list());
    }

    private static String json(List<String> lines) {
        try {
            return JSON.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> lines(String json) {
        try {
            return JSON.readValue(json, LINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored publish record: " + e.getOriginalMessage(), e);
        }
    }
}
