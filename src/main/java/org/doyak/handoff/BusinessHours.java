package org.doyak.handoff;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.CounselorHours;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;

/**
 * Counselors' hours: {@code always}, {@code never}, or a weekly pattern such as
 * {@code Mon-Fri 09:00-18:00} (several joined with commas, e.g. {@code Mon-Fri 09:00-18:00, Sat 10:00-13:00})
 * in {@link #ZONE}, closed on the dates of the {@value #HOLIDAYS} content collection (items with a
 * {@code date: YYYY-MM-DD}). Holidays are read from the dialogs in force, so a reload takes effect.
 * Immutable and thread-safe.
 */
public final class BusinessHours implements CounselorHours {
    /** The default pattern. */
    public static final String DEFAULT = "Mon-Fri 09:00-18:00";
    /** The time zone of the pattern. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    /** The content collection of holidays. */
    public static final String HOLIDAYS = "holidays";
    private static final int DAYS_AHEAD = 400;
    private static final List<DayOfWeek> WEEK = List.of(DayOfWeek.values());

    private final Optional<Boolean> constant;
    private final List<Span> spans;
    private final Supplier<Dialogs> dialogs;

    private record Span(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    }

    private BusinessHours(Optional<Boolean> constant, List<Span> spans, Supplier<Dialogs> dialogs) {
        this.constant = constant;
        this.spans = spans;
        this.dialogs = dialogs;
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException on a malformed pattern, with what was expected
     */
    public static BusinessHours parse(String pattern, Supplier<Dialogs> dialogs) {
        String p = pattern.strip().toLowerCase(Locale.ROOT);
        if ("always".equals(p) || "never".equals(p)) {
            return new BusinessHours(Optional.of("always".equals(p)), List.of(), dialogs);
        }
        try {
            List<Span> spans = Arrays.stream(p.split(",")).map(String::strip).map(BusinessHours::span)
                    .toList();
            return new BusinessHours(Optional.empty(), spans, dialogs);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("counselor hours must be always, never or like '" + DEFAULT
                    + "', not '" + pattern + "'");
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
        if (parts.length != 2 || !from.isBefore(to)) {
            throw new DateTimeParseException("bad span", text, 0);
        }
        return new Span(set, from, to);
    }

    private static DayOfWeek day(String prefix) {
        return WEEK.stream().filter(d -> d.name().toLowerCase(Locale.ROOT).startsWith(prefix) && prefix.length() >= 3)
                .findFirst().orElseThrow();
    }

    @Override
    public Optional<ZonedDateTime> nextOpening(Conversation conversation, Instant now) {
        ZonedDateTime here = now.atZone(ZONE);
        if (constant.isPresent()) {
            return constant.get() ? Optional.of(here) : Optional.empty();
        }
        Set<LocalDate> holidays = holidays();
        for (int i = 0; i <= DAYS_AHEAD; i++) {
            LocalDate date = here.toLocalDate().plusDays(i);
            if (holidays.contains(date)) {
                continue;
            }
            for (Span s : spans) {
                if (!s.days().contains(date.getDayOfWeek())) {
                    continue;
                }
                ZonedDateTime open = date.atTime(s.from()).atZone(ZONE);
                ZonedDateTime close = date.atTime(s.to()).atZone(ZONE);
                if (here.isBefore(close)) {
                    return Optional.of(here.isBefore(open) ? open : here);
                }
            }
        }
        return Optional.empty();
    }

    private Set<LocalDate> holidays() {
        Collection c = dialogs.get().content().get(HOLIDAYS);
        if (c == null) {
            return Set.of();
        }
        return c.items().stream().map(i -> i.getOrDefault("date", "")).filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"))
                .map(LocalDate::parse).collect(Collectors.toSet());
    }

    /** For logs: the pattern in force. */
    @Override
    public String toString() {
        return constant.map(c -> c ? "always" : "never").orElse(spans.stream()
                .map(s -> s.days() + " " + s.from() + "-" + s.to()).collect(Collectors.joining(", ")));
    }
}
