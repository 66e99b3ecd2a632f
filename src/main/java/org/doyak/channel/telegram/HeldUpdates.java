package org.doyak.channel.telegram;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.doyak.conversation.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * How long polling hands updates to the {@link UpdateHandler}. TelegramBots moves its offset past a batch
 * before handing it over, so an update whose handling fails is never delivered again in this process. While
 * storage is unavailable (the database locked, read-only, corrupt or unreachable: a {@link Refusal} of kind
 * {@code UNAVAILABLE}), the update is therefore held and tried again after a pause growing from 1 s to 30 s,
 * and no later update is fetched meanwhile, so every chat keeps its order; the offset that would confirm it
 * to Telegram is sent only with the next fetch, so after a restart Telegram delivers it again. Other errors
 * are logged and the update is dropped (it would fail again). For the one polling thread.
 */
final class HeldUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(HeldUpdates.class);
    private static final long FIRST_PAUSE_MS = 1_000;
    private static final long LONGEST_PAUSE_MS = 30_000;

    private final UpdateHandler handler;
    private final CountDownLatch stopped = new CountDownLatch(1);

    HeldUpdates(UpdateHandler handler) {
        this.handler = handler;
    }

    /** Handles the update, waiting out storage outages until it is handled or {@link #stop} is called. */
    void handle(Update update) {
        long pause = FIRST_PAUSE_MS;
        while (true) {
            try {
                handler.handle(update);
                return;
            } catch (RuntimeException e) {
                if (!Refusal.unavailable(e)) {
                    LOG.error("could not handle Telegram update {}", update.getUpdateId(), e);
                    return;
                }
                LOG.warn("Telegram update {} waits for storage ({}); trying again in {} ms", update.getUpdateId(),
                        e.getMessage(), pause);
            }
            if (waitOrStop(pause)) {
                LOG.warn("stopping with Telegram update {} unhandled; Telegram delivers it again after a restart",
                        update.getUpdateId());
                return;
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
        }
    }

    /** Ends any wait: the held update is left for Telegram to deliver again. */
    void stop() {
        stopped.countDown();
    }

    private boolean waitOrStop(long millis) {
        try {
            return stopped.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
