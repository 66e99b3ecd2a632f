package org.doyak.content;

import java.time.Instant;

/**
 * A reminder of one appointment, planned to go out at {@code dueAt}.
 *
 * @param id unique: the appointment id and the kind
 * @param kind {@link #DAY_BEFORE} or {@link #ON_THE_DAY}
 * @param dueAt when it is to be sent
 * @param status {@code pending}, {@code sent} or {@code dropped} (not sent: the appointment was cancelled or
 *     had passed, or it was booked after this reminder's time)
 * @param appointment the appointment as it is now
 */
public record Reminder(String id, String kind, Instant dueAt, String status, Appointment appointment) {
    /** Sent the evening before the appointment. */
    public static final String DAY_BEFORE = "day_before";
    /** Sent in the morning of the appointment's day. */
    public static final String ON_THE_DAY = "on_the_day";
}
