package org.doyak.dialog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When one center's counselors take conversations, read from the content: the center's
 * {@code schedule.hours}, {@code schedule.closed} and {@code schedule.counselors} in {@value #CENTERS},
 * each falling back to the {@value #DEFAULT_ID} item of {@value #SCHEDULES} (and that to
 * {@link WeeklyHours#DEFAULT} and one counselor); the {@value #HOLIDAYS} dates close every center.
 *
 * @param centerId the center, or "" for the default schedule (a seeker without a center)
 * @param hours the weekly pattern
 * @param closed the public holidays and the center's own closed dates
 * @param counselors how many counselors answer chats at once (queue estimates divide by it), at least 1
 */
public record CenterSchedule(String centerId, WeeklyHours hours, Set<LocalDate> closed, int counselors) {
    /** The collection of centers. */
    public static final String CENTERS = "centers";
    /** The collection holding the default schedule. */
    public static final String SCHEDULES = "schedules";
    /** The id of the default schedule's item. */
    public static final String DEFAULT_ID = "default";
    /** The collection of public holidays. */
    public static final String HOLIDAYS = "holidays";

    /** Creates an immutable schedule. */
    public CenterSchedule {
        closed = Set.copyOf(closed);
    }

    /**
     * The schedule of {@code centerId} in {@code dialogs}; an unknown or empty id gets the default. A
     * malformed pattern (which validation refuses) falls back to the default's.
     *
     * @param override {@code DOYAK_COUNSELOR_HOURS}: replaces every center's hours when present
     */
    public static CenterSchedule of(Dialogs dialogs, String centerId, Optional<WeeklyHours> override) {
        Map<String, String> base = item(dialogs, SCHEDULES, DEFAULT_ID).orElse(Map.of());
        Optional<Map<String, String>> center = item(dialogs, CENTERS, centerId);
        Map<String, String> own = center.orElse(Map.of());
        WeeklyHours hours = override.orElseGet(() -> pattern(own.get("schedule.hours"))
                .or(() -> pattern(base.get("hours"))).orElse(WeeklyHours.parse(WeeklyHours.DEFAULT)));
        Set<LocalDate> closed = new HashSet<>(dates(own.get("schedule.closed")));
        closed.addAll(dates(base.get("closed")));
        dialogs.content().getOrDefault(HOLIDAYS, new Collection(HOLIDAYS, List.of())).items()
                .forEach(h -> closed.addAll(dates(h.get("date"))));
        int counselors = number(own.get("schedule.counselors")).or(() -> number(base.get("counselors"))).orElse(1);
        return new CenterSchedule(center.isPresent() ? centerId : "", hours, closed, Math.max(1, counselors));
    }

    /** The next time this center's counselors are in: now when they are (see {@link WeeklyHours#nextOpening}). */
    public Optional<ZonedDateTime> nextOpening(Instant now) {
        return hours.nextOpening(now.atZone(WeeklyHours.ZONE), closed);
    }

    /** Whether counselors are in at {@code now}. */
    public boolean isOpen(Instant now) {
        return nextOpening(now).filter(t -> !t.toInstant().isAfter(now)).isPresent();
    }

    /** The ids of the content's centers, in file order. */
    public static List<String> centerIds(Dialogs dialogs) {
        Collection c = dialogs.content().get(CENTERS);
        return c == null ? List.of() : c.items().stream().map(i -> i.getOrDefault("id", "")).toList();
    }

    /** A center's item (flattened as in {@link Collection}), if the content has it. */
    public static Optional<Map<String, String>> center(Dialogs dialogs, String centerId) {
        return item(dialogs, CENTERS, centerId);
    }

    private static Optional<Map<String, String>> item(Dialogs dialogs, String collection, String id) {
        Collection c = dialogs.content().get(collection);
        if (c == null || id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return c.items().stream().filter(i -> id.equals(i.get("id"))).findFirst();
    }

    private static Optional<WeeklyHours> pattern(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(WeeklyHours.parse(text));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Set<LocalDate> dates(String list) {
        Set<LocalDate> out = new HashSet<>();
        for (String d : Arrays.asList((list == null ? "" : list).split(","))) {
            try {
                out.add(LocalDate.parse(d.strip()));
            } catch (DateTimeException notADate) {
                // validation names it; the date is not closed
            }
        }
        return out;
    }

    private static Optional<Integer> number(String text) {
        return text != null && text.strip().matches("\\d{1,3}") ? Optional.of(Integer.parseInt(text.strip()))
                : Optional.empty();
    }
}
