package org.doyak.handoff.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import org.doyak.handoff.Handoff;
import org.doyak.handoff.HandoffSearch;
import org.doyak.conversation.Refusal;

/**
 * Finding earlier conversations: {@code GET /api/console/search?q=WORDS&from=YYYY-MM-DD&to=YYYY-MM-DD
 * &counselor=NAME&reason=CODE} (all optional; {@code from=today} means the Korean today) lists finished
 * handoffs as {@code {"handoffs":[...]}}, most recent first. A malformed date is 400.
 */
public final class SearchRoutes {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final HandoffSearch search;
    private final Function<Handoff, Map<String, Object>> view;
    private final Clock clock;

    /** Shows each found handoff with {@code view} (the list's row); "today" by the clock in Korean time. */
    public SearchRoutes(HandoffSearch search, Function<Handoff, Map<String, Object>> view,
            Clock clock) {
        this.search = search;
        this.view = view;
        this.clock = clock;
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get("/api/console/search", ctx -> ctx.json(Map.of("handoffs", search.find(new HandoffSearch.Criteria(
                ctx.queryParam("q"), date(ctx, "from"), date(ctx, "to"), ctx.queryParam("counselor"),
                ctx.queryParam("reason"))).stream().map(view).toList())));
    }

    private LocalDate date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        if ("today".equals(text)) {
            return LocalDate.now(clock.withZone(SEOUL));
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID, name + " must be a date such as 2026-12-01, or today");
        }
    }
}
