package org.doyak.handoff.console;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.doyak.dialog.CenterSchedule;
import org.doyak.dialog.Dialogs;
import org.doyak.handoff.Handoff;
import org.doyak.handoff.Handoffs;

/**
 * {@code GET /api/console/due[?center=mine|all|ID]}: what a counselor owes seekers today, shown at the top
 * of the queue: {@code {"callbacks":[...], "followUps":[...]}}, the open callback requests (oldest first)
 * and the closed handoffs whose follow-up date is today (Korean date), of the counselor's own centers by
 * default (see {@link CenterFilter}).
 */
public final class DueTodayRoutes {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Handoffs handoffs;
    private final Supplier<Dialogs> dialogs;
    private final Function<Handoff, Map<String, Object>> view;
    private final Clock clock;

    /** Shows follow-ups with {@code view} (the list's row); "today" by the clock in Korean time. */
    public DueTodayRoutes(Handoffs handoffs, Supplier<Dialogs> dialogs, Function<Handoff, Map<String, Object>> view,
            Clock clock) {
        this.handoffs = handoffs;
        this.dialogs = dialogs;
        this.view = view;
        this.clock = clock;
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get("/api/console/due", ctx -> {
            Predicate<String> centers = CenterFilter.of(ctx.queryParam("center"), ConsoleAuth.member(ctx),
                    CenterSchedule.centerIds(dialogs.get()));
            String today = LocalDate.now(clock.withZone(SEOUL)).toString();
            ctx.json(Map.of("callbacks", handoffs.callbacks("open").stream().filter(c -> centers.test(c.center()))
                    .toList(),
                    "followUps", handoffs.followUps(today).stream().filter(h -> today.equals(h.followUp()))
                            .filter(h -> centers.test(h.center())).map(view).toList()));
        });
    }
}
