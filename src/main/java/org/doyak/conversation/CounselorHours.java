package org.doyak.conversation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When counselors take new conversations. A flow's handoff step consults it: when counselors are away
 * the seeker gets one out-of-hours notice (when they return, a callback offer) instead of the queue.
 * Crisis handoffs do not consult it. Implementations are thread-safe and cheap (called per handoff).
 */
@FunctionalInterface
public interface CounselorHours {
    /** Counselors are always there. */
    CounselorHours ALWAYS = (conversation, now) -> Optional.of(now.atZone(ZoneOffset.UTC));

    /**
     * The next time counselors take conversations for this seeker.
     *
     * @return a time at or before {@code now} when they are there now; a later time when they are
     *     away until then; empty when no return time is known
     */
    Optional<ZonedDateTime> nextOpening(Conversation conversation, Instant now);

    /**
     * Another center whose counselors are in at {@code now}, for a seeker whose own center's are away
     * (offered a counselor now from that team) or in crisis (queued with whoever is on duty).
     *
     * @return a center id other than the conversation's own; empty when none is open (the default: one team)
     */
    default Optional<String> openElsewhere(Conversation conversation, Instant now) {
        return Optional.empty();
    }
}
