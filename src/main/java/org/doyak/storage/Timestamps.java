package org.doyak.storage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one timestamp format in the database: ISO-8601 in UTC with milliseconds and a {@code Z}, always
 * the same width ({@code 2026-11-29T23:30:00.000Z}), so that text order is time order on every database.
 */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** The stored form of an instant (truncated to milliseconds). */
    public static String iso(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Reads a stored timestamp (also the older variable-width form {@link Instant#toString()} wrote). */
    public static Instant parse(String stored) {
        return Instant.parse(stored);
    }
}
