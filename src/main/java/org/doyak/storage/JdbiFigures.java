package org.doyak.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.doyak.admin.Figures;
import org.doyak.conversation.TurnEvent;

/** {@link Figures} on Jdbi: {@code daily_totals}, {@code turn_steps}, {@code handoffs}, {@code unrecognised}. */
public final class JdbiFigures implements Figures {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Database db;

    /** Reads the given (migrated) database. */
    public JdbiFigures(Database db) {
        this.db = db;
    }

    @Override
    public List<Total> totals(LocalDate from, LocalDate to) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT day, channel, metric, total FROM daily_totals "
                + "WHERE day BETWEEN :from AND :to ORDER BY day, channel, metric")
                .bind("from", from.toString()).bind("to", to.toString())
                .map((rs, ctx) -> new Total(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list());
    }

    @Override
    public List<Step> steps(LocalDate from, LocalDate to) {
        List<Count> reached = counts("SELECT flow, step, COUNT(DISTINCT conversation_id) FROM turn_steps "
                + "WHERE day BETWEEN :from AND :to AND step <> :none GROUP BY flow, step", from, to);
        List<Count> left = counts("SELECT flow, step, COUNT(*) FROM (SELECT conversation_id, flow, step, "
                + "ROW_NUMBER() OVER (PARTITION BY conversation_id, flow ORDER BY at DESC, ord DESC) AS rn "
                + "FROM turn_steps WHERE day BETWEEN :from AND :to) last WHERE rn = 1 AND step <> :none "
                + "GROUP BY flow, step", from, to);
        Map<String, Long> leftHere = new HashMap<>();
        left.forEach(c -> leftHere.put(c.flow() + "/" + c.step(), c.n()));
        return reached.stream().sorted(Comparator.comparing(Count::flow)).map(c -> new Step(c.flow(), c.step(),
                c.n(), TurnEvent.END.equals(c.step()) ? 0 : leftHere.getOrDefault(c.flow() + "/" + c.step(), 0L)))
                .toList();
    }

    private record Count(String flow, String step, long n) {
    }

    private List<Count> counts(String sql, LocalDate from, LocalDate to) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).bind("from", from.toString()).bind("to", to.toString())
                .bind("none", "").map((rs, ctx) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list());
    }

    @Override
    public List<Waiting> handoffs(LocalDate from, LocalDate to) {
        return waits("reason", from, to);
    }

    @Override
    public List<Center> centers(LocalDate from, LocalDate to) {
        Map<String, Long> bookings = new TreeMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT center_id, COUNT(*) FROM appointments WHERE created_at >= :start"
                + " AND created_at < :end GROUP BY center_id").bind("start", start(from)).bind("end", end(to))
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> bookings.put(e.getKey(),
                        e.getValue())));
        Map<String, Center> out = new TreeMap<>();
        waits("center", from, to).forEach(w -> out.put(w.reason(), new Center(w.reason(), w.handoffs(), w.claimed(),
                w.medianWaitSeconds(), w.maxWaitSeconds(), bookings.getOrDefault(w.reason(), 0L))));
        bookings.forEach((center, n) -> out.putIfAbsent(center, new Center(center, 0, 0, 0, 0, n)));
        return List.copyOf(out.values());
    }

    /** Handoffs created in the days, grouped by a column of {@code handoffs} (the group in {@code reason}). */
    private List<Waiting> waits(String column, LocalDate from, LocalDate to) {
        List<Claim> claims = db.jdbi().withHandle(h -> h.createQuery("SELECT " + column + ", created_at, claimed_at "
                + "FROM handoffs WHERE created_at >= :start AND created_at < :end").bind("start", start(from))
                .bind("end", end(to)).map((rs, ctx) -> new Claim(rs.getString(1), rs.getString(3) == null ? -1
                        : Duration.between(Instant.parse(rs.getString(2)), Instant.parse(rs.getString(3)))
                                .toSeconds())).list());
        Map<String, List<Claim>> byGroup = new TreeMap<>();
        claims.forEach(c -> byGroup.computeIfAbsent(c.group(), k -> new ArrayList<>()).add(c));
        List<Waiting> result = new ArrayList<>();
        byGroup.forEach((group, all) -> {
            List<Long> waits = all.stream().map(Claim::waitSeconds).filter(w -> w >= 0).sorted().toList();
            result.add(new Waiting(group, all.size(), waits.size(), waits.isEmpty() ? 0 : waits.get(waits.size() / 2),
                    waits.isEmpty() ? 0 : waits.get(waits.size() - 1)));
        });
        return result;
    }

    private static String start(LocalDate from) {
        return from.atStartOfDay(SEOUL).toInstant().toString();
    }

    private static String end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(SEOUL).toInstant().toString();
    }

    private record Claim(String group, long waitSeconds) {
    }

    @Override
    public List<Missed> misunderstood(int limit) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id, body, lang, best_guess, confidence, at "
                + "FROM unrecognised ORDER BY at DESC LIMIT :limit").bind("limit", limit)
                .map((rs, ctx) -> new Missed(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDouble(5), Instant.parse(rs.getString(6)))).list());
    }

    @Override
    public void dismiss(List<String> ids) {
        if (!ids.isEmpty()) {
            db.write(h -> h.createUpdate("DELETE FROM unrecognised WHERE id IN (<ids>)").bindList("ids", ids)
                    .execute());
        }
    }
}
