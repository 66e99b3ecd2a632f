package org.doyak.handoff.console;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.doyak.content.Appointment;
import org.doyak.content.Appointments;

/**
 * {@code GET /api/console/bookings}: the counseling appointments seekers booked, from today on, in
 * time order, for the staff's day plan. Guarded like every console route by {@link ConsoleAuth}.
 */
public final class BookingRoutes {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Appointments appointments;
    private final Clock clock;

    /** Lists from the given appointments, "today" by the clock in Korean time. */
    public BookingRoutes(Appointments appointments, Clock clock) {
        this.appointments = appointments;
        this.clock = clock;
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get("/api/console/bookings", ctx -> {
            String from = LocalDateTime.now(clock.withZone(SEOUL)).truncatedTo(ChronoUnit.DAYS).toString();
            ctx.json(Map.of("bookings", appointments.upcoming(from).stream().map(BookingRoutes::view).toList()));
        });
    }

    private static Map<String, Object> view(Appointment a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("code", a.code());
        view.put("conversationId", a.conversationId());
        view.put("center", a.centerId());
        view.put("startsAt", a.startsAt());
        view.put("name", a.name());
        view.put("contact", a.contact());
        view.put("status", a.status());
        return view;
    }
}
