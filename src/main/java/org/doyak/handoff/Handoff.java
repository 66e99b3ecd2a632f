package org.doyak.handoff;

import java.beans.ConstructorProperties;

/**
 * One request for a counselor, as stored.
 *
 * @param id handoff id
 * @param conversationId the seeker's conversation
 * @param channel {@code web} or {@code telegram}
 * @param lang the seeker's language when it was opened
 * @param reason why (the flow's handoff reason, {@code crisis}, ...)
 * @param priority higher first; {@link #HIGH} for crisis
 * @param status {@code waiting}, {@code active}, {@code closed} or {@code cancelled} (by the seeker)
 * @param counselor who claimed it, or null
 * @param summary a short summary of the conversation before the handoff
 * @param createdAt when it was opened (ISO-8601)
 * @param claimedAt when it was claimed, or null
 * @param closedAt when it was closed or cancelled, or null
 * @param note the counselor's resolution note, or null
 * @param followUp the follow-up date set on close ({@code YYYY-MM-DD}, Korean date), or null
 * @param satisfaction the seeker's answer to the satisfaction question after the close, or null
 * @param seenAt when the holding counselor last read the conversation, or null
 */
public record Handoff(String id, String conversationId, String channel, String lang, String reason, int priority,
        String status, String counselor, String summary, String createdAt, String claimedAt, String closedAt,
        String note, String followUp, String satisfaction, String seenAt) {
    /** Priority of an ordinary request. */
    public static final int NORMAL = 0;
    /** Priority of a crisis. */
    public static final int HIGH = 10;
    /** Statuses. */
    public static final String WAITING = "waiting";
    /** Claimed by a counselor. */
    public static final String ACTIVE = "active";
    /** Closed by a counselor. */
    public static final String CLOSED = "closed";
    /** Withdrawn by the seeker. */
    public static final String CANCELLED = "cancelled";

    /** Maps a row of {@code handoffs}. */
    @ConstructorProperties({"id", "conversation_id", "channel", "lang", "reason", "priority", "status", "counselor",
        "summary", "created_at", "claimed_at", "closed_at", "note", "follow_up", "satisfaction", "seen_at"})
    public Handoff {
    }
}
