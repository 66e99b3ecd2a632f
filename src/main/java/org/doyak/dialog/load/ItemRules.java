package org.doyak.dialog.load;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.dialog.WeeklyHours;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;
import org.doyak.dialog.load.Node.Seq;

/**
 * Checks across the fields of one content item, beyond each field's own kind: an event says when it
 * takes place exactly once, a program's age band is not upside down, a center's booking times fall
 * within its hours (its {@code schedule.hours} when given, else the hours it tells seekers).
 */
final class ItemRules {
    private static final List<String> WHEN = List.of("date", "month", "weekday", "repeat");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[–~\\-]\\s*(\\d{1,2}:\\d{2})");

    private ItemRules() {
    }

    static void check(String collection, Mapping item, Problems problems) {
        switch (collection) {
            case "events" -> when(item, problems);
            case "programs" -> ages(item, problems);
            case "centers" -> bookingTimes(item, problems);
            default -> {
            }
        }
    }

    private static void when(Mapping item, Problems problems) {
        List<String> given = WHEN.stream().filter(item.entries()::containsKey).toList();
        if (given.isEmpty()) {
            problems.add(item.where(), "행사가 언제인지 없어요: date, month, weekday, repeat 중 하나를 쓰세요 (없으면 안내되지 않아요)",
                    "the event says not when it is: give one of date, month, weekday, repeat (else it is never shown)");
        } else if (given.size() > 1) {
            problems.add(item.keyPlaces().get(given.get(1)), "언제인지는 하나만 써요: " + String.join(", ", given),
                    "give only one of " + String.join(", ", given));
        }
    }

    private static void ages(Mapping item, Problems problems) {
        if (!(item.entries().get("rules") instanceof Mapping rules)) {
            return;
        }
        Optional<Integer> min = number(rules.entries().get("age_min"));
        Optional<Integer> max = number(rules.entries().get("age_max"));
        if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
            problems.add(rules.keyPlaces().get("age_max"), "age_max가 age_min보다 작아요: " + max.get() + " < "
                    + min.get(), "age_max (" + max.get() + ") is below age_min (" + min.get() + ")");
        }
    }

    private static void bookingTimes(Mapping item, Problems problems) {
        if (!(item.entries().get("booking") instanceof Mapping booking)
                || !(booking.entries().get("times") instanceof Seq times)) {
            return;
        }
        if (item.entries().get("schedule") instanceof Mapping schedule
                && schedule.entries().get("hours") instanceof Scalar pattern && pattern.value() != null) {
            withinSchedule(pattern.value(), times, problems);
            return;
        }
        Node hoursNode = item.entries().get("hours");
        Node korean = hoursNode instanceof Mapping m ? m.entries().get("ko") : hoursNode;
        String hours = korean instanceof Scalar s && s.value() != null ? s.value() : "";
        Matcher m = HOURS.matcher(hours);
        if (!m.find()) {
            return;
        }
        Optional<LocalTime> open = Dates.time(m.group(1));
        Optional<LocalTime> close = Dates.time(m.group(2));
        if (open.isEmpty() || close.isEmpty()) {
            return;
        }
        for (Node time : times.items()) {
            Optional<LocalTime> at = time instanceof Scalar s && s.value() != null ? Dates.time(s.value())
                    : Optional.empty();
            if (at.isPresent() && (at.get().isBefore(open.get()) || !at.get().isBefore(close.get()))) {
                problems.add(time.where(), "예약 시간이 센터 운영 시간(" + open.get() + "–" + close.get()
                        + ") 밖이에요: " + at.get(), "booking time " + at.get() + " is outside the center's hours ("
                        + open.get()
                        + "–" + close.get() + ")");
            }
        }
    }

    /** Booking times must fall within the center's counselor hours ({@code schedule.hours}). */
    private static void withinSchedule(String pattern, Seq times, Problems problems) {
        WeeklyHours hours;
        try {
            hours = WeeklyHours.parse(pattern);
        } catch (IllegalArgumentException malformed) {
            return;
        }
        for (Node time : times.items()) {
            Optional<LocalTime> at = time instanceof Scalar s && s.value() != null ? Dates.time(s.value())
                    : Optional.empty();
            if (at.isPresent() && !hours.coversTimeOfDay(at.get())) {
                problems.add(time.where(), "예약 시간이 센터 상담 시간(schedule.hours: " + pattern + ") 밖이에요: "
                        + at.get(), "booking time " + at.get() + " is outside the center's schedule.hours ("
                        + pattern + ")");
            }
        }
    }

    private static Optional<Integer> number(Node node) {
        return node instanceof Scalar s && s.value() != null && s.value().strip().matches("\\d{1,3}")
                ? Optional.of(Integer.parseInt(s.value().strip())) : Optional.empty();
    }
}
