package org.doyak.storage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** One form per contact however it was typed, for "one booking per contact", and the Korean local minute. */
final class ContactKey {
    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    private ContactKey() {
    }

    /**
     * An e-mail address lower-cased; a phone number as its digits (a leading +82 as 0); anything else
     * stripped and lower-cased; empty for an empty contact.
     */
    static String of(String contact) {
        String c = contact == null ? "" : contact.strip().toLowerCase(Locale.ROOT);
        if (c.contains("@")) {
            return c;
        }
        String digits = c.replaceAll("\\D", "");
        if (digits.length() >= 7) {
            return digits.startsWith("82") && c.startsWith("+") ? "0" + digits.substring(2) : digits;
        }
        return c;
    }

    /** The instant as local time in Korea, {@code YYYY-MM-DDTHH:MM} (now, if it is not an instant). */
    static String localMinute(String instant) {
        Instant at;
        try {
            at = Instant.parse(instant);
        } catch (DateTimeParseException | NullPointerException e) {
            at = Instant.now();
        }
        return LocalDateTime.ofInstant(at, KOREA).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
