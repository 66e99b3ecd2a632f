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
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;

/**
 * Lists upcoming items of the {@code events} collection, soonest first, as of the turn's date in Korea.
 * An item has one of: {@code date} (YYYY-MM-DD), {@code month} (YYYY-MM, day not yet known),
 * {@code weekday} (a weekly event, e.g. FRIDAY), or {@code repeat: monthly|standing}; and optionally
 * {@code from} / {@code until} (YYYY-MM-DD). A past event, or a recurring one past its {@code until},
 * is never shown; an item with an unreadable date is skipped. Events with a day come first, soonest
 * first. The argument {@code region} (optional) keeps events whose {@code region} matches.
 */
final class UpcomingEvents implements Action {
    static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final int SHOWN = 6;
    private final Items items;

    UpcomingEvents(Items items) {
        this.items = items;
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        LocalDate today = LocalDate.ofInstant(context.now(), KOREA);
        String region = context.args().getOrDefault("region", "").strip();
        List<Upcoming> upcoming = new ArrayList<>();
        for (Map<String, String> e : items.of("events")) {
            boolean inRegion = region.isEmpty() || Items.list(e, "region").stream()
                    .anyMatch(r -> ProgramRules.sameRegion(r, region))
                    || ProgramRules.sameRegion(e.getOrDefault("region.en", ""), region);
            if (inRegion) {
                boolean open = !e.getOrDefault("repeat", "").isBlank();
                next(e, today).ifPresent(d -> upcoming.add(new Upcoming(open, d, line(e, d, lang))));
            }
        }
        upcoming.sort(Comparator.comparing(Upcoming::open).thenComparing(Upcoming::date));
        List<Choice> buttons = List.of(
                new Choice(Items.say(lang, "센터 찾기", "Find a center"), "centers"),
                new Choice(Items.say(lang, "처음 메뉴", "Main menu"), "menu"));
        String text = upcoming.isEmpty()
                ? Items.say(lang, "지금 안내할 수 있는 예정된 행사가 없어요. 채용행사 일정은 가까운 센터에 문의해 주세요.",
                        "I have no upcoming events to show right now. Ask your nearest center about hiring events.")
                : Items.say(lang, "다가오는 행사예요 (" + today + " 기준):\n", "Upcoming events (as of " + today + "):\n")
                        + String.join("\n", upcoming.stream().limit(SHOWN).map(Upcoming::line).toList())
                        + Items.say(lang, "\n\n일정은 바뀔 수 있으니 참가 전에 주최 센터에 꼭 확인하세요.",
                                "\n\nPlans can change: confirm with the host center before you go.");
        return new Result(Map.of(), List.of(new Reply(text, buttons)));
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

    private static String line(Map<String, String> e, LocalDate next, String lang) {
        String when;
        if (!e.getOrDefault("date", "").isBlank()) {
            when = next.toString();
        } else if (!e.getOrDefault("month", "").isBlank()) {
            when = Items.say(lang, e.get("month").strip() + " (날짜 미정)", e.get("month").strip() + " (day to be set)");
        } else if (!e.getOrDefault("weekday", "").isBlank()) {
            when = Items.say(lang, "매주, 다음: ", "weekly, next: ") + next;
        } else {
            when = Items.text(e, "when", lang);
        }
        String details = Items.text(e, "details", lang);
        String checked = e.getOrDefault("checked", "");
        return "• " + when + " — " + Items.text(e, "name", lang) + " (" + Items.text(e, "host", lang) + ")"
                + (details.isEmpty() ? "" : "\n  " + details)
                + (checked.isEmpty() ? "" : Items.say(lang, "\n  (" + checked + " 자료 기준)",
                        "\n  (as of " + checked + ")"));
    }

    private static Optional<LocalDate> date(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
    }

    /** An event line and how it sorts: events with a day first, by date; open-ended ones ({@code repeat}) last. */
    private record Upcoming(boolean open, LocalDate date, String line) {
    }
}
