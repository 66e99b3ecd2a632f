package org.doyak.dialog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A weekly opening pattern: {@code always}, {@code never}, or spans such as {@code Mon-Fri 09:00-18:00}
 * joined with commas ({@code Mon-Fri 09:00-18:00, Sat 10:00-13:00}), in {@link #ZONE}. Used for counselors'
 * hours (the default schedule, each center's own, {@code DOYAK_COUNSELOR_HOURS}). Immutable and thread-safe.
 */
public final class WeeklyHours {
    /** The pattern when nothing else is given. */
    public static final String DEFAULT = "Mon-Fri 09:00-18:00";
    /** The time zone of every pattern. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    private static final int DAYS_AHEAD = 400;
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    private final Optional<Boolean> constant;
    private final List<Span> spans;

    private record Span(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    }

    private WeeklyHours(Optional<Boolean> constant, List<Span> spans) {
        this.constant = constant;
        this.spans = spans;
    }

    /**
     * Parses a pattern (case does not matter).
     *
     * @throws IllegalArgumentException on a malformed pattern, saying what was expected
     */
    public static WeeklyHours parse(String pattern) {
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        if ("always".equals(p) || "never".equals(p)) {
            return new WeeklyHours(Optional.of("always".equals(p)), List.of());
        }
        try {
            return new WeeklyHours(Optional.empty(), Arrays.stream(p.split(",")).map(String::strip)
                    .map(WeeklyHours::span).toList());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("hours must be always, never or like '" + DEFAULT
                    + "' (several joined with commas), not '" + pattern + "'");
        }
    }

    private static Span span(String text) {
        String[] parts = text.split("\\s+");
        String[] days = parts[0].split("-");
        String[] times = parts[1].split("-");
        DayOfWeek first = day(days[0]);
        DayOfWeek last = day(days[days.length - 1]);
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (int d = first.ordinal(); ; d = (d + 1) % WEEK.size()) {
            set.add(WEEK.get(d));
            if (d == last.ordinal()) {
                break;
            }
        }
        LocalTime from = LocalTime.parse(times[0]);
        LocalTime to = LocalTime.parse(times[1]);
        if (parts.length != 2 || days.length > 2 || times.length != 2 || !from.isBefore(to)) {
            throw new IllegalArgumentException("bad span " + text);
        }
        return new Span(set, from, to);
    }

    private static DayOfWeek day(String prefix) {
        return WEEK.stream().filter(d -> d.name().toLowerCase(Locale.ROOT).startsWith(prefix) && prefix.length() >= 3)
                .findFirst().orElseThrow();
    }

    /**
     * The next time these hours are open.
     *
     * @param closed dates closed whatever the pattern says (holidays); ignored by {@code always}
     * @return {@code here} itself when open now, a later time when closed until then, empty when the
     *     pattern never opens (within about a year)
     */
    public Optional<ZonedDateTime> nextOpening(ZonedDateTime here, Set<LocalDate> closed) {
        ZonedDateTime local = here.withZoneSameInstant(ZONE);
        if (constant.isPresent()) {
            return constant.get() ? Optional.of(local) : Optional.empty();
        }
        for (int i = 0; i <= DAYS_AHEAD; i++) {
            LocalDate date = local.toLocalDate().plusDays(i);
            if (closed.contains(date)) {
                continue;
            }
            for (Span s : spans) {
                ZonedDateTime open = date.atTime(s.from()).atZone(ZONE);
                if (s.days().contains(date.getDayOfWeek()) && local.isBefore(date.atTime(s.to()).atZone(ZONE))) {
                    return Optional.of(local.isBefore(open) ? open : local);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a local time falls inside the hours (not on a {@code closed} date). */
    public boolean isOpen(LocalDateTime at, Set<LocalDate> closed) {
        ZonedDateTime here = at.atZone(ZONE);
        return nextOpening(here, closed).filter(t -> !t.isAfter(here)).isPresent();
    }

    /** Whether the time of day falls inside some span on some day: a booking time a center can offer. */
    public boolean coversTimeOfDay(LocalTime time) {
        return constant.orElse(false)
                || spans.stream().anyMatch(s -> !time.isBefore(s.from()) && time.isBefore(s.to()));
    }

    /** The pattern, normalised, e.g. {@code [MONDAY, ...] 09:00-18:00}. */
    @Override
    public String toString() {
        return constant.map(c -> c ? "always" : "never").orElse(spans.stream()
                .map(s -> s.days() + " " + s.from() + "-" + s.to()).collect(Collectors.joining(", ")));
    }
}
