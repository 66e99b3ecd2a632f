package org.doyak.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;
import org.doyak.dialog.SystemText;

/**
 * Lists upcoming items of the {@code events} collection, soonest first, as of the turn's date in Korea.
 * An item has one of: {@code date} (YYYY-MM-DD), {@code month} (YYYY-MM, day not yet known),
 * {@code weekday} (a weekly event, e.g. FRIDAY), or {@code repeat: monthly|standing}; and optionally
 * {@code from} / {@code until} (YYYY-MM-DD). A past event, or a recurring one past its {@code until},
 * is never shown; an item with an unreadable date is skipped. Events with a day come first, soonest
 * first. The argument {@code region} (optional) keeps events whose {@code region} matches; the argument
 * {@code near} (optional, the region of the seeker's center) lists that region's events first and says so
 * (with {@code center}, the center's name); the argument {@code asked} (optional, the region the seeker
 * named) does the same for that region and says plainly when it has none ("서울 지역 행사는 제 자료에
 * 없어요"), so other regions' events are never passed off as the asked one's. Sets {@code topic_kind} and
 * {@code topic_ids} to the events shown, so a follow-up ("거기 어디야?") is about them.
 */
final class UpcomingEvents implements Action {
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final int SHOWN = 6;
    private final Items items;

    UpcomingEvents(Items items) {
        this.items = items;
    }

    @Override
    public Set<String> slots() {
        return Set.of("topic_kind", "topic_ids", "topic_facet");
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        LocalDate today = LocalDate.ofInstant(context.now(), KOREA);
        String region = context.args().getOrDefault("region", "").strip();
        String asked = context.args().getOrDefault("asked", "").strip();
        String near = asked.isEmpty() ? context.args().getOrDefault("near", "").strip() : asked;
        List<Upcoming> upcoming = new ArrayList<>();
        RegionGroups places = items.regions();
        for (Map<String, String> e : items.of("events")) {
            if (region.isEmpty() || in(e, region, places)) {
                boolean open = !e.getOrDefault("repeat", "").isBlank();
                boolean elsewhere = !near.isEmpty() && !in(e, near, places);
                next(e, today).ifPresent(d -> upcoming.add(new Upcoming(elsewhere, open, d, e.getOrDefault("id", ""),
                        line(e, d, lang))));
            }
        }
        upcoming.sort(Comparator.comparing(Upcoming::elsewhere).thenComparing(Upcoming::open)
                .thenComparing(Upcoming::date));
        String first;
        if (upcoming.isEmpty() || near.isEmpty()) {
            first = "";
        } else if (upcoming.get(0).elsewhere()) {
            first = asked.isEmpty() ? "" : items.say(SystemText.EVENTS_NONE_IN_REGION, lang,
                    Map.of("region", asked)) + "\n";
        } else {
            first = items.say(SystemText.EVENTS_NEAR_CENTER_FIRST, lang, Map.of("center",
                    asked.isEmpty() ? context.args().getOrDefault("center", near) : asked)) + "\n";
        }
        List<Choice> buttons = List.of(items.button(SystemText.BUTTON_FIND_CENTER, lang, "centers"),
                items.button(SystemText.BUTTON_MAIN_MENU, lang, "menu"));
        String text = upcoming.isEmpty() ? items.say(SystemText.EVENTS_NONE, lang)
                : first + items.say(SystemText.EVENTS_LIST, lang, Map.of("today", today.toString(), "list",
                        String.join("\n", upcoming.stream().limit(SHOWN).map(Upcoming::line).toList())))
                        + "\n\n" + items.say(SystemText.EVENTS_FOOTER, lang);
        List<Upcoming> shown = upcoming.stream().limit(SHOWN).toList();
        Map<String, String> topic = shown.isEmpty() ? Map.of() : Map.of("topic_kind", "event", "topic_ids",
                String.join(",", shown.stream().map(Upcoming::id).toList()), "topic_facet", "");
        return new Result(topic, List.of(new Reply(text, buttons)));
    }

    private static boolean in(Map<String, String> e, String region, RegionGroups places) {
        return Items.list(e, "region").stream().anyMatch(r -> places.overlap(r, region))
                || places.overlap(e.getOrDefault("region.en", ""), region);
    }

    /** The next day the event takes place on or after {@code today}, or empty when it is over. */
    static Optional<LocalDate> next(Map<String, String> e, LocalDate today) {
        try {
            LocalDate from = date(e.get("from")).orElse(today);
            LocalDate start = from.isAfter(today) ? from : today;
            Optional<LocalDate> until = date(e.get("until"));
            Optional<LocalDate> next;
            if (date(e.get("date")).isPresent()) {
                next = date(e.get("date"));
            } else if (!e.getOrDefault("month", "").isBlank()) {
                YearMonth month = YearMonth.parse(e.get("month").strip());
                next = month.isBefore(YearMonth.from(today)) ? Optional.empty() : Optional.of(month.atEndOfMonth());
            } else if (!e.getOrDefault("weekday", "").isBlank()) {
                DayOfWeek day = DayOfWeek.valueOf(e.get("weekday").strip().toUpperCase(Locale.ROOT));
                next = Optional.of(start.with(TemporalAdjusters.nextOrSame(day)));
            } else if (!e.getOrDefault("repeat", "").isBlank()) {
                next = Optional.of(start);
            } else {
                next = Optional.empty();
            }
            return next.filter(d -> !d.isBefore(today) && until.map(u -> !d.isAfter(u)).orElse(true));
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private String line(Map<String, String> e, LocalDate next, String lang) {
        String when;
        if (!e.getOrDefault("date", "").isBlank()) {
            when = next.toString();
        } else if (!e.getOrDefault("month", "").isBlank()) {
            when = items.say(SystemText.EVENT_MONTH, lang, Map.of("month", e.get("month").strip()));
        } else if (!e.getOrDefault("weekday", "").isBlank()) {
            when = items.say(SystemText.EVENT_WEEKLY, lang, Map.of("next", next.toString()));
        } else {
            when = Items.text(e, "when", lang);
        }
        String details = Items.text(e, "details", lang);
        String date = e.getOrDefault("source_date", "").strip();
        return "• " + when + " — " + Items.text(e, "name", lang) + " (" + Items.text(e, "host", lang) + ")"
                + (details.isEmpty() ? "" : "\n  " + details)
                + "\n  (" + (date.isEmpty() ? items.say(SystemText.SOURCE_UNDATED, lang)
                        : items.say(SystemText.SOURCE_DATED, lang, Map.of("date", date))) + ")";
    }

    private static Optional<LocalDate> date(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
    }

    /** An event line and how it sorts: events with a day first, by date; open-ended ones ({@code repeat}) last. */
    private record Upcoming(boolean elsewhere, boolean open, LocalDate date, String id, String line) {
    }
}
