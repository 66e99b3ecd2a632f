package org.doyak.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.doyak.conversation.Action;
import org.doyak.dialog.SystemText;

/**
 * Offers and takes appointment slots. With {@code mode: offer} (argument {@code center}) it lists up to
 * {@value #OFFERED} free weekday slots from tomorrow, skipping the {@code holidays} collection's dates,
 * at the center's {@code booking.times} (which staff keep within its hours), numbered, and stores them
 * in {@code slot_1}..; a center without booking times gets {@code booking_possible=no} and a
 * call-or-visit message. With {@code mode: pick} (argument {@code choice}: a number or a listed time)
 * it sets {@code booking_time}, or clears it when the answer names no offered slot.
 */
final class BookingSlots implements Action {
    static final int OFFERED = 6;
    private static final int DAYS_AHEAD = 14;
    private final Items items;
    private final Appointments appointments;

    BookingSlots(Items items, Appointments appointments) {
        this.items = items;
        this.appointments = appointments;
    }

    @Override
    public Set<String> slots() {
        return Set.of("slot_1", "slot_2", "slot_3", "slot_4", "slot_5", "slot_6", "booking_possible", "booking_time",
                "booking_time_shown", "booking_time_shown.en");
    }

    @Override
    public Result run(Context context) {
        return "pick".equals(context.args().get("mode")) ? pick(context) : offer(context);
    }

    private Result offer(Context context) {
        String lang = context.lang();
        Optional<Map<String, String>> center = items.of("centers").stream()
                .filter(c -> c.getOrDefault("id", "").equals(context.args().get("center"))).findFirst();
        List<String> times = center.map(c -> Items.list(c, "booking.times")).orElse(List.of());
        if (center.isEmpty() || times.isEmpty()) {
            String name = center.map(c -> Items.text(c, "name", lang)).orElse("");
            return new Result(Map.of("booking_possible", "no"), List.of(new Reply(items.say(SystemText.BOOKING_NO_TIMES,
                    lang, Map.of("center", name)), List.of())));
        }
        Map<String, String> slots = new HashMap<>();
        List<String> lines = new ArrayList<>();
        Set<String> holidays = items.of("holidays").stream().map(h -> h.getOrDefault("date", "").strip())
                .collect(Collectors.toSet());
        LocalDate day = LocalDate.ofInstant(context.now(), UpcomingEvents.KOREA);
        for (int i = 0; i < DAYS_AHEAD && lines.size() < OFFERED; i++) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                    || holidays.contains(day.toString())) {
                continue;
            }
            for (String time : times) {
                String at = day + "T" + time;
                if (lines.size() < OFFERED && time.matches("\\d{2}:\\d{2}")
                        && !appointments.taken(center.get().get("id"), at)) {
                    slots.put("slot_" + (lines.size() + 1), at);
                    lines.add((lines.size() + 1) + ") " + show(at, lang));
                }
            }
        }
        for (int i = lines.size() + 1; i <= OFFERED; i++) {
            slots.put("slot_" + i, "");
        }
        slots.put("booking_possible", lines.isEmpty() ? "no" : "yes");
        String text = lines.isEmpty() ? items.say(SystemText.BOOKING_NO_FREE_SLOT, lang)
                : items.say(SystemText.BOOKING_SLOTS, lang, Map.of("slots", String.join("\n", lines)));
        return new Result(slots, List.of(new Reply(text, List.of())));
    }

    private Result pick(Context context) {
        String choice = context.args().getOrDefault("choice", "").strip();
        for (int i = 1; i <= OFFERED; i++) {
            String at = context.slots().getOrDefault("slot_" + i, "");
            if (!at.isEmpty() && (choice.equals(String.valueOf(i)) || choice.equals(at)
                    || choice.equals(show(at, context.lang())))) {
                return new Result(Map.of("booking_time", at, "booking_time_shown", show(at, "ko"),
                        "booking_time_shown.en", show(at, "en")), List.of());
            }
        }
        return new Result(Map.of("booking_time", ""), List.of());
    }

    /** A slot as people read it, e.g. {@code 11월 26일(목) 10:00} or {@code Thu 26 Nov 10:00}. */
    static String show(String at, String lang) {
        LocalDateTime t = LocalDateTime.parse(at);
        return "en".equals(lang) ? t.format(DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH))
                : t.format(DateTimeFormatter.ofPattern("M월 d일(E) HH:mm", Locale.KOREAN));
    }
}
