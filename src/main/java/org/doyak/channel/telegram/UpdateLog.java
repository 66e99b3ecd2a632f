package org.doyak.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Remembers which updates were handled, in the database, so an update Telegram delivers twice (a
 * webhook retry, a restart before the long-polling offset was confirmed) is handled once. Ids older
 * than a week are forgotten: Telegram keeps undelivered updates for 24 hours only. Thread-safe.
 */
final class UpdateLog {
    private static final Duration KEEP = Duration.ofDays(7);
    private static final int PRUNE_EVERY = 1000;

    private final TelegramStore store;
    private final String botId;
    private final Clock clock;
    private final AtomicLong claims = new AtomicLong();

    /**
     * @param botId the bot's numeric id (the token's prefix): update ids are counted per bot
     */
    UpdateLog(TelegramStore store, String botId, Clock clock) {
        this.store = store;
        this.botId = botId;
        this.clock = clock;
    }

    /** Marks the update as being handled; false when it was claimed before (a duplicate). */
    boolean claim(long updateId) {
        Instant now = clock.instant();
        boolean fresh = store.claimUpdate(botId, updateId, now);
        if (claims.incrementAndGet() % PRUNE_EVERY == 0) {
            store.forgetUpdates(now.minus(KEEP));
        }
        return fresh;
    }

    /** Forgets a claim whose handling failed, so a redelivery is handled. */
    void release(long updateId) {
        store.releaseUpdate(botId, updateId);
    }
}
