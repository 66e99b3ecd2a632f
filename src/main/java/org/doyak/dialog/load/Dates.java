package org.doyak.dialog.load;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates, months, weekdays and times of content files, and says what is wrong with one in
 * Korean and English, with the value staff most likely meant ({@code 2026.12.10} → {@code 2026-12-10}).
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern YEAR_FIRST =
            Pattern.compile("(\\d{4})\\s*[./년]\\s*(\\d{1,2})\\s*[./월]\\s*(\\d{1,2})\\s*일?\\.?");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final String KOREAN_DAYS = "월화수목금토일";

    private Dates() {
    }

    /** What is wrong with a {@code YYYY-MM-DD} date as {ko, en}, or empty when it is a real date in that form. */
    static Optional<String[]> dateProblem(String value) {
        String v = value.strip();
        Matcher iso = ISO.matcher(v);
        if (iso.matches() && v.length() == 10) {
            return real(iso.group(1), iso.group(2), iso.group(3)).isPresent() ? Optional.empty()
                    : Optional.of(new String[] {"없는 날짜예요: '" + v + "' (월은 01–12, 일은 그 달의 날수까지)",
                        "no such date: '" + v + "' (months run 01–12, days up to the month's length)"});
        }
        Optional<LocalDate> meant = Optional.empty();
        Matcher first = YEAR_FIRST.matcher(v);
        Matcher last = YEAR_LAST.matcher(v);
        if (iso.matches() || first.matches()) {
            Matcher m = iso.matches() ? iso : first;
            meant = real(m.group(1), m.group(2), m.group(3));
        } else if (last.matches()) {
            int a = Integer.parseInt(last.group(1));
            meant = a > 12 ? real(last.group(3), last.group(2), last.group(1)) : real(last.group(3), last.group(1),
                    last.group(2));
        }
        String hint = meant.map(d -> " — " + d + Particles.object(d.toString()) + " 말씀하신 건가요?").orElse("");
        String hintEn = meant.map(d -> " — did you mean " + d + "?").orElse("");
        return Optional.of(new String[] {"날짜는 YYYY-MM-DD 형식으로 써야 해요: '" + v + "'" + hint,
            "a date must be written YYYY-MM-DD, not '" + v + "'" + hintEn});
    }

    /** What is wrong with a {@code YYYY-MM} month, or empty. */
    static Optional<String[]> monthProblem(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(v);
                return Optional.empty();
            }
        } catch (DateTimeException e) {
            return Optional.of(new String[] {"없는 달이에요: '" + v + "'", "no such month: '" + v + "'"});
        }
        return Optional.of(new String[] {"달은 YYYY-MM 형식으로 써야 해요, 예: 2026-03: '" + v + "'",
            "a month must be written YYYY-MM, e.g. 2026-03, not '" + v + "'"});
    }

    /** What is wrong with a weekday name, or empty. */
    static Optional<String[]> weekdayProblem(String value) {
        String v = value.strip();
        String upper = v.toUpperCase(Locale.ROOT);
        if (Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equals(upper))) {
            return Optional.empty();
        }
        int day = v.isEmpty() ? -1 : KOREAN_DAYS.indexOf(v.charAt(0));
        Optional<String> meant = day >= 0 ? Optional.of(DayOfWeek.of(day + 1).name())
                : Closest.to(upper, Arrays.stream(DayOfWeek.values()).map(Enum::name).toList());
        String korean = "요일은 MONDAY … SUNDAY 중 하나로 써야 해요: '" + v + "'"
                + meant.map(m -> " — " + m + Particles.object(m) + " 말씀하신 건가요?").orElse("");
        String english = "a weekday must be one of MONDAY … SUNDAY, not '" + v + "'"
                + meant.map(m -> " — did you mean " + m + "?").orElse("");
        return Optional.of(new String[] {korean, english});
    }

    /** A time of day written {@code HH:MM}, or empty when it is not one. */
    static Optional<LocalTime> time(String value) {
        Matcher m = TIME.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> real(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
