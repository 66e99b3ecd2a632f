package org.doyak.handoff.console;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.doyak.dialog.CenterSchedule;
import org.doyak.dialog.Dialogs;
import org.doyak.handoff.BusinessHours;
import org.doyak.handoff.TeamReport;

/**
 * {@code GET /api/console/centers}: the centers for the console's center selector and its figures,
 * {@code {"mine":[ids], "centers":[{"id","name":{"ko","en"},"open","counselors","waiting":{...}}]}}, where
 * {@code mine} is the logged-in counselor's own centers (empty: every center), {@code open} whether that
 * center's counselors are in now, and {@code waiting} today's queue of that center in seconds
 * ({@link TeamReport.Waiting}). Centers follow the dialogs in force; a last row with the id and name
 * {@code ""} counts handoffs whose center is unknown, when there are any.
 */
public final class CenterRoutes {
    private final Supplier<Dialogs> dialogs;
    private final BusinessHours hours;
    private final TeamReport report;
    private final Clock clock;

    /** Reads centers from {@code dialogs}, their hours from {@code hours} and the queue from {@code report}. */
    public CenterRoutes(Supplier<Dialogs> dialogs, BusinessHours hours, TeamReport report, Clock clock) {
        this.dialogs = dialogs;
        this.hours = hours;
        this.report = report;
        this.clock = clock;
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get("/api/console/centers", ctx -> ctx.json(Map.of("mine", ConsoleAuth.member(ctx).centers(),
                "centers", centers())));
    }

    /** Every center with its name, whether it is open now, its counselors and today's queue. */
    List<Map<String, Object>> centers() {
        Instant now = clock.instant();
        Map<String, TeamReport.Waiting> waiting = report.waitingByCenter();
        Dialogs d = dialogs.get();
        List<String> ids = new ArrayList<>(CenterSchedule.centerIds(d));
        if (waiting.containsKey("")) {
            ids.add("");
        }
        return ids.stream().map(id -> {
            Map<String, String> item = CenterSchedule.center(d, id).orElse(Map.of());
            CenterSchedule schedule = hours.schedule(id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("name", Map.of("ko", item.getOrDefault("name", id), "en", item.getOrDefault("name.en", id)));
            row.put("open", schedule.isOpen(now));
            row.put("counselors", schedule.counselors());
            row.put("waiting", waiting.getOrDefault(id, new TeamReport.Waiting(0, 0, 0, 0, 0, 0)));
            return row;
        }).toList();
    }
}
