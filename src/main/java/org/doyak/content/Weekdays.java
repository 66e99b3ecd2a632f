package org.doyak.content;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

/** A weekday name from content ({@code FRIDAY}) in Korean or English; an unreadable one is returned as is. */
final class Weekdays {
    private Weekdays() {
    }

    static String ko(String weekday) {
        return name(weekday, Locale.KOREAN);
    }

    static String en(String weekday) {
        return name(weekday, Locale.ENGLISH);
    }

    private static String name(String weekday, Locale locale) {
        try {
            return DayOfWeek.valueOf(weekday.strip().toUpperCase(Locale.ROOT)).getDisplayName(TextStyle.FULL, locale);
        } catch (IllegalArgumentException unreadable) {
            return weekday;
        }
    }
}
