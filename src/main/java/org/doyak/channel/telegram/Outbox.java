package org.doyak.channel.telegram;

import java.io.Serializable;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Bot API calls in the background, in order per chat, never blocking the caller. Chats are isolated:
 * each chat's calls run one at a time on a pool of {@value #SENDERS} threads, so a call that hangs (at most
 * the client's call timeout) delays only its own chat.
 * <ul>
 *   <li>429: waits the {@code retry_after} Telegram asks for, then retries (other chats go on);</li>
 *   <li>5xx answers and connections that never reached the Bot API: retries with exponential backoff (1 s
 *       doubling to 1 min) for up to {@link #GIVE_UP_AFTER}; the conversation's history keeps every reply
 *       meanwhile;</li>
 *   <li>a call whose outcome is unknown (a timeout or a connection lost after the request went out): not
 *       resent, since Telegram may have delivered it and a resend would show the message twice;</li>
 *   <li>403 (the seeker blocked the bot or deleted the chat): drops what is queued for that chat;</li>
 *   <li>other 4xx: logs and drops that one call (e.g. an expired callback query).</li>
 * </ul>
 * Thread-safe. Calls still queued at {@link #close} are not sent (they stay in the history).
 */
final class Outbox implements AutoCloseable {
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final long FIRST_BACKOFF_MS = 1000;
    private static final long MAX_BACKOFF_MS = 60_000;
    private static final int SENDERS = 8;

    private final TelegramClient client;
    private final Clock clock;
    private final ScheduledExecutorService worker = Executors.newScheduledThreadPool(SENDERS, r -> {
        Thread t = new Thread(r, "telegram-outbox");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, ArrayDeque<Pending>> queues = new HashMap<>();

    Outbox(TelegramClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Queues calls for a chat; they are sent after everything queued for it before. */
    void send(long chatId, List<? extends BotApiMethod<? extends Serializable>> calls) {
        if (calls.isEmpty()) {
            return;
        }
        boolean idle;
        synchronized (queues) {
            ArrayDeque<Pending> queue = queues.computeIfAbsent(chatId, k -> new ArrayDeque<>());
            idle = queue.isEmpty();
            long now = clock.millis();
            calls.forEach(c -> queue.add(new Pending(c, now)));
        }
        if (idle) {
            worker.execute(() -> drain(chatId));
        }
    }

    private void drain(long chatId) {
        while (true) {
            Pending head;
            synchronized (queues) {
                ArrayDeque<Pending> queue = queues.get(chatId);
                if (queue == null || queue.isEmpty()) {
                    queues.remove(chatId);
                    return;
                }
                head = queue.peek();
            }
            long retryIn = attempt(chatId, head);
            if (retryIn > 0 && clock.millis() - head.queuedAt < GIVE_UP_AFTER.toMillis()) {
                head.attempts++;
                worker.schedule(() -> drain(chatId), retryIn, TimeUnit.MILLISECONDS);
                return;
            }
            if (retryIn > 0) {
                LOG.warn("giving up a {} to chat {} after {} attempts", head.call.getMethod(), chatId, head.attempts);
            }
            synchronized (queues) {
                ArrayDeque<Pending> queue = queues.get(chatId);
                if (retryIn < 0) {
                    queue.clear();
                } else {
                    queue.poll();
                }
            }
        }
    }

    /** Sends once: 0 when done (sent or dropped), -1 to drop the chat's queue, else milliseconds to wait. */
    private long attempt(long chatId, Pending pending) {
        try {
            client.execute(pending.call);
            return 0;
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && code == 429) {
                Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
                long wait = after == null ? backoff(pending) : Math.max(1, after) * 1000L;
                LOG.info("Telegram rate limit: waiting {} ms before chat {}", wait, chatId);
                return wait;
            }
            if (code != null && code == 403) {
                LOG.info("chat {} blocked the bot or is gone; dropping what was queued for it", chatId);
                return -1;
            }
            if (code != null && code >= 400 && code < 500) {
                LOG.warn("Telegram refused a {} to chat {}: {}", pending.call.getMethod(), chatId, e.getApiResponse());
                return 0;
            }
            return backoff(pending);
        } catch (TelegramApiException | RuntimeException e) {
            if (neverSent(e)) {
                LOG.warn("cannot reach the Bot API ({}); will retry chat {}", e.toString(), chatId);
                return backoff(pending);
            }
            LOG.warn("a {} to chat {} may or may not have arrived ({}); not resent, so it cannot arrive twice",
                    pending.call.getMethod(), chatId, e.toString());
            return 0;
        }
    }

    /** Whether the request surely never reached the Bot API (no connection), so sending again is safe. */
    private static boolean neverSent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private static long backoff(Pending pending) {
        return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << Math.min(pending.attempts, 6));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** A call waiting to be sent; attempts is touched only by its chat's drain, which runs one at a time. */
    private static final class Pending {
        private final BotApiMethod<? extends Serializable> call;
        private final long queuedAt;
        private int attempts;

        Pending(BotApiMethod<? extends Serializable> call, long queuedAt) {
            this.call = call;
            this.queuedAt = queuedAt;
        }
    }
}
