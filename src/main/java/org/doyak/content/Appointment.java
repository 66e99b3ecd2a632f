package org.doyak.content;

import java.util.Locale;

/**
 * A counseling appointment a seeker booked.
 *
 * @param id unique id; its first 8 characters are the code shown to the seeker
 * @param conversationId the conversation that booked it
 * @param centerId the {@code centers} item
 * @param startsAt local time in Korea, {@code YYYY-MM-DDTHH:MM}
 * @param name the name the seeker left
 * @param contact a phone number or e-mail address
 * @param status {@code booked} or {@code cancelled}
 * @param createdAt when it was booked (ISO-8601 instant)
 */
public record Appointment(String id, String conversationId, String centerId, String startsAt, String name,
        String contact, String status, String createdAt) {

    /** The code shown to the seeker. */
    public String code() {
        return id.substring(0, Math.min(8, id.length())).toUpperCase(Locale.ROOT);
    }
}
