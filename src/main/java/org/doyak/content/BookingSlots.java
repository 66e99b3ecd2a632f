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
import org.doyak.dialog.Particles;

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
            return new Result(Map.of("booking_possible", "no"), List.of(new Reply(Items.say(lang,
                    Particles.attach(name, "은") + " 챗봇으로 예약할 수 있는 시간 정보가 없어요. 센터에 전화하거나 방문해서 예약해 주세요.",
                    name + " has no booking times in my information. Please call or visit the center to book."),
                    List.of())));
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
        String text = lines.isEmpty()
                ? Items.say(lang, "가까운 날짜에 빈 시간이 없어요. 센터에 전화로 문의해 주세요.",
                        "No free slot soon. Please call the center.")
                : Items.say(lang, "가능한 상담 시간이에요. 번호를 눌러 주세요:\n", "Free counseling slots. Press a number:\n")
                        + String.join("\n", lines);
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
