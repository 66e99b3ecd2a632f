package org.doyak.nlu;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and resolves them against today: 오늘/today, 내일/tomorrow, 모레/the day after tomorrow,
 * 글피; a weekday ("화요일", "tuesday": the next one, today included), with 이번 주/this (this week's)
 * or 다음 주/담주/next (the next week's, weeks starting on Monday) or 다다음 주; a month and day ("12월
 * 10일", "12/10", "december 10", "10 dec"): this year's, or next year's when it has passed. Values are
 * ISO dates ({@code 2026-12-10}). Thread-safe.
 */
final class DateFinder {

    private static final String KO_DAYS = "월화수목금토일";
    private static final List<String> EN_DAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final List<String> EN_MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private static final Pattern RELATIVE = Pattern.compile(
            "(?iu)오늘|내일|모레|글피|\\btoday\\b|\\b(?:the\\s+)?day\\s+after\\s+tomorrow\\b|\\btomorrow\\b");
    private static final Pattern KO_WEEKDAY = Pattern.compile(
            "(?:(이번|다다음|다음|담|돌아오는)\\s*주\\s*)?([월화수목금토일])요일");
    private static final Pattern EN_WEEKDAY = Pattern.compile(
            "(?i)\\b(?:(this|next)\\s+(?:week\\s+)?)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b");
    private static final Pattern KO_MONTH_DAY = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일");
    private static final Pattern SLASH = Pattern.compile("(?<![\\d/.])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])");
    private static final Pattern EN_MONTH_DAY = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
            + "|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
            + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
            + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");

    private DateFinder() {
    }

    /** Dates in {@code text}, resolved against {@code today}. */
    static List<Entity> find(String text, LocalDate today) {
        List<Entity> found = new ArrayList<>();
        Matcher m = RELATIVE.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            int days = word.equals("오늘") || word.equals("today") ? 0 : word.equals("내일") || word.equals("tomorrow")
                    ? 1 : word.equals("글피") ? 3 : 2;
            add(found, today.plusDays(days), m);
        }
        m = KO_WEEKDAY.matcher(text);
        while (m.find()) {
            add(found, weekday(today, DayOfWeek.of(KO_DAYS.indexOf(m.group(2)) + 1), weeksAhead(m.group(1))), m);
        }
        m = EN_WEEKDAY.matcher(text);
        while (m.find()) {
            add(found, weekday(today, DayOfWeek.of(EN_DAYS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1),
                    weeksAhead(m.group(1))), m);
        }
        for (Pattern p : List.of(KO_MONTH_DAY, SLASH)) {
            m = p.matcher(text);
            while (m.find()) {
                monthDay(found, today, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m);
            }
        }
        m = EN_MONTH_DAY.matcher(text);
        while (m.find()) {
            String month = (m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT);
            String day = m.group(1) != null ? m.group(2) : m.group(3);
            monthDay(found, today, EN_MONTHS.indexOf(month) + 1, Integer.parseInt(day), m);
        }
        return found;
    }

    /** -1: the next one (today included); 0: this week's; 1: next week's; 2: the week after. */
    private static int weeksAhead(String qualifier) {
        if (qualifier == null || qualifier.equals("돌아오는")) {
            return -1;
        }
        return switch (qualifier.toLowerCase(Locale.ROOT)) {
            case "이번", "this" -> 0;
            case "다다음" -> 2;
            default -> 1;
        };
    }

    private static LocalDate weekday(LocalDate today, DayOfWeek day, int weeksAhead) {
        if (weeksAhead < 0) {
            return today.with(TemporalAdjusters.nextOrSame(day));
        }
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeksAhead)
                .with(TemporalAdjusters.nextOrSame(day));
    }

    private static void monthDay(List<Entity> found, LocalDate today, int month, int day, Matcher m) {
        MonthDay md;
        try {
            md = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return; // not a date: "24/7", "13월"
        }
        LocalDate date = md.atYear(today.getYear());
        add(found, date.isBefore(today) ? md.atYear(today.getYear() + 1) : date, m);
    }

    private static void add(List<Entity> found, LocalDate date, Matcher m) {
        found.add(new Entity("date", date.toString(), m.start(), m.end()));
    }
}
