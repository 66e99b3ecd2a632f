package org.doyak.handoff;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps as stored: fixed-width ISO-8601 UTC with milliseconds, so that text order is time order. */
final class Times {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() {
    }

    static String iso(Instant instant) {
        return FORMAT.format(instant);
    }
}
