package org.doyak.channel.telegram;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doyak.http.RateLimiter;

/**
 * A flood limit per Telegram chat, as a token bucket ({@link RateLimiter}): {@value #BURST} messages or button
 * presses at once, then one a second. Past it an update is not turned into a turn (nothing of it is stored);
 * the first refused update of a flood gets one short notice, the rest of the flood none, and the chat's next
 * accepted update ends the flood. Chats are counted apart, so a flood from one never slows another. The
 * counters live in this process's memory. {@code DOYAK_RATE_LIMITS=off} turns the limit off. Thread-safe.
 */
final class ChatLimits {
    /** Updates a quiet chat may send at once. */
    static final int BURST = 20;
    private static final long REFILL_MILLIS = 1_000;
    private static final int MAX_CHATS = 100_000;

    /** What to do with one update of a chat. */
    enum Verdict {
        /** Within the limit: handle it. */
        HANDLE,
        /** The first update over the limit: send the notice, handle nothing. */
        NOTICE,
        /** Over the limit and already told: drop it. */
        DROP
    }

    private final boolean enabled;
    private final RateLimiter buckets;
    private final Set<Long> told = ConcurrentHashMap.newKeySet();

    /** @param enabled false for no limit at all */
    ChatLimits(boolean enabled, Clock clock) {
        this.enabled = enabled;
        this.buckets = new RateLimiter(BURST, REFILL_MILLIS, MAX_CHATS, clock);
    }

    /** Counts one update of {@code chatId} and says what to do with it. */
    Verdict admit(long chatId) {
        if (!enabled || buckets.take(String.valueOf(chatId), 1).isEmpty()) {
            told.remove(chatId);
            return Verdict.HANDLE;
        }
        if (told.size() >= MAX_CHATS) {
            told.clear();
        }
        return told.add(chatId) ? Verdict.NOTICE : Verdict.DROP;
    }
}
