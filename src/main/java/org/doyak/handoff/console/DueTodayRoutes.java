package org.doyak.handoff.console;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.WeeklyHours;
import org.doyak.handoff.Handoff;
import org.doyak.handoff.Handoffs;

/**
 * What a counselor owes seekers, of the counselor's own centers by default ({@code ?center=mine|all|ID},
 * see {@link CenterFilter}): {@code GET /api/console/due}, shown at the top of the queue:
 * {@code {"callbacks":[...], "followUps":[...]}}, the open callback requests (oldest first) and the closed
 * handoffs whose follow-up date is today (Korean date); {@code GET /api/console/followups}
 * ({@code {"handoffs":[...]}}), the closed handoffs whose follow-up date is today or later.
 */
public final class DueTodayRoutes {
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
            Predicate<String> centers = CenterFilter.of(ctx, dialogs);
            String today = today();
            ctx.json(Map.of("callbacks", handoffs.callbacks("open").stream().filter(c -> centers.test(c.center()))
                    .toList(),
                    "followUps", handoffs.followUps(today).stream().filter(h -> today.equals(h.followUp()))
                            .filter(h -> centers.test(h.center())).map(view).toList()));
        });
        routes.get("/api/console/followups", ctx -> {
            Predicate<String> centers = CenterFilter.of(ctx, dialogs);
            ctx.json(Map.of("handoffs", handoffs.followUps(today()).stream().filter(h -> centers.test(h.center()))
                    .map(view).toList()));
        });
    }

    private String today() {
        return LocalDate.now(clock.withZone(WeeklyHours.ZONE)).toString();
    }
}
