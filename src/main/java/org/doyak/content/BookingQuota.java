package org.doyak.content;

import java.util.OptionalLong;

/**
 * How many appointments a seeker may book in a while, counted where the channel can tell seekers apart
 * (the web widget by client address, so new sessions do not reset it; Telegram by chat). Implementations
 * are thread-safe.
 */
@FunctionalInterface
public interface BookingQuota {
    /** No limit (tools and tests that run actions without a channel). */
    BookingQuota NONE = conversationId -> OptionalLong.empty();

    /**
     * Counts one booking attempt of the conversation's seeker.
     *
     * @return empty when it may go ahead; else the seconds until one more is allowed (nothing counted)
     */
    OptionalLong take(String conversationId);
}
