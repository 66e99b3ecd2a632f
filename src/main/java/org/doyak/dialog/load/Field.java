package org.doyak.dialog.load;

import java.util.List;

/**
 * One field of a content item in the schema: its name (dotted under a group, e.g. {@code rules.age_max}),
 * what it holds and, for {@link Kind#ONE_OF} and {@link Kind#LIST_OF}, the allowed values.
 *
 * @param name the field's name, {@code group.field} inside a group such as {@code rules}
 * @param kind what the value must be
 * @param values the allowed values, empty for other kinds
 */
public record Field(String name, Kind kind, List<String> values) {

    /** Creates an immutable field. */
    public Field {
        values = List.copyOf(values);
    }

    /** What a field holds. */
    public enum Kind {
        /** A text, {@code {ko: ..., en: ...}} or one plain value (empty when unknown). */
        TEXT,
        /** One plain value. */
        VALUE,
        /** A whole number from 0 to 150. */
        NUMBER,
        /** A day, {@code YYYY-MM-DD}. */
        DATE,
        /** A month, {@code YYYY-MM}. */
        MONTH,
        /** A day of the week in English capitals, {@code MONDAY} .. {@code SUNDAY}. */
        WEEKDAY,
        /** One of {@link Field#values()}. */
        ONE_OF,
        /** A list of plain values (or one value). */
        LIST,
        /** A list of values, each one of {@link Field#values()}. */
        LIST_OF,
        /** A list of times of day, {@code HH:MM}. */
        TIMES,
        /** A list of days, {@code YYYY-MM-DD}. */
        DATES,
        /** A weekly pattern of opening hours, e.g. {@code Mon-Fri 09:00-18:00} (see {@code WeeklyHours}). */
        HOURS
    }

    static Field of(String name, Kind kind) {
        return new Field(name, kind, List.of());
    }

    static Field oneOf(String name, String... values) {
        return new Field(name, Kind.ONE_OF, List.of(values));
    }

    static Field listOf(String name, String... values) {
        return new Field(name, Kind.LIST_OF, List.of(values));
    }
}
