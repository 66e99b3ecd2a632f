package org.doyak.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.doyak.storage.Database;

/**
 * Remembers which updates were handled, in the database, so an update Telegram delivers twice (a
 * webhook retry, a restart before the long-polling offset was confirmed) is handled once. Ids older
 * than a week are forgotten: Telegram keeps undelivered updates for 24 hours only. Thread-safe.
 */
final class UpdateLog {
    private static final long KEEP_MS = Duration.ofDays(7).toMillis();
    private static final int PRUNE_EVERY = 1000;

    private final Database db;
    private final String botId;
    private final Clock clock;
    private final AtomicLong claims = new AtomicLong();

    /**
     * @param botId the bot's numeric id (the token's prefix): update ids are counted per bot
     */
    UpdateLog(Database db, String botId, Clock clock) {
        this.db = db;
        this.botId = botId;
        this.clock = clock;
    }

    /** Marks the update as being handled; false when it was claimed before (a duplicate). */
    boolean claim(long updateId) {
        long now = clock.millis();
        boolean fresh = db.write(h -> h.attach(TelegramDao.class).claimUpdate(botId, updateId, now)) == 1;
        if (claims.incrementAndGet() % PRUNE_EVERY == 0) {
            db.write(h -> h.attach(TelegramDao.class).forgetUpdates(now - KEEP_MS));
        }
        return fresh;
    }

    /** Forgets a claim whose handling failed, so a redelivery is handled. */
    void release(long updateId) {
        db.write(h -> {
            h.attach(TelegramDao.class).releaseUpdate(botId, updateId);
            return null;
        });
    }
}
