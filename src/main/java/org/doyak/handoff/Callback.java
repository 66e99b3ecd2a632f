package org.doyak.handoff;

import java.beans.ConstructorProperties;

/**
 * A seeker's request to be called back, left outside counselors' hours.
 *
 * @param id request id
 * @param conversationId the seeker's conversation
 * @param contact the phone number the seeker gave
 * @param window {@code morning}, {@code afternoon} or {@code any}
 * @param lang the seeker's language
 * @param status {@code open} or {@code done}
 * @param createdAt when (ISO-8601)
 * @param doneBy the counselor who marked it done, or null
 * @param center the center that calls back ("" when the seeker's center is unknown)
 */
public record Callback(String id, String conversationId, String contact, String window, String lang, String status,
        String createdAt, String doneBy, String center) {

    /** Maps a row of {@code callbacks}. */
    @ConstructorProperties({"id", "conversation_id", "contact", "time_window", "lang", "status", "created_at",
        "done_by", "center"})
    public Callback {
    }
}
