package org.doyak.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.doyak.channel.web.Tokens;
import org.doyak.dialog.Dialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * What the bot tells Telegram once at start, on a background thread so that an unreachable Bot API
 * neither delays nor stops the service: the command menus, then either the webhook or the long-polling
 * session. Each step is retried with backoff (5 s doubling to 5 min) until it succeeds or the setup
 * is closed. The webhook is set only when Telegram's webhook info shows another URL or the URL or
 * secret changed since the last registration (a fingerprint is kept in {@code telegram_settings}).
 */
final class BotSetup implements AutoCloseable {
    /** The updates the bot asks for; everything else Telegram keeps to itself. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
            "my_chat_member");
    private static final Logger LOG = LoggerFactory.getLogger(BotSetup.class);
    private static final String WEBHOOK_SETTING = "webhook_fingerprint";
    private static final long FIRST_RETRY_MS = 5000;
    private static final long MAX_RETRY_MS = 300_000;

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "telegram-setup");
        t.setDaemon(true);
        return t;
    });
    private final List<Step> steps = new ArrayList<>();
    private long retryMs = FIRST_RETRY_MS;

    /** One thing to tell Telegram; throws to be retried. */
    @FunctionalInterface
    interface Step {
        /** Does it; called again after a failure. */
        void run() throws TelegramApiException;
    }

    private BotSetup(List<Step> steps) {
        this.steps.addAll(steps);
    }

    /** Starts running the steps in order on a background thread. */
    static BotSetup start(List<Step> steps) {
        BotSetup setup = new BotSetup(steps);
        setup.worker.execute(setup::next);
        return setup;
    }

    /** The command menus in Korean (also the default) and English, in the words of {@code dialogs}. */
    static Step commands(TelegramClient client, Dialogs dialogs) {
        return () -> {
            for (SetMyCommands call : Commands.registrations(dialogs)) {
                client.execute(call);
            }
        };
    }

    /** Registers the webhook unless Telegram already has this one. */
    static Step webhook(TelegramClient client, TelegramStore store, String url, String secret) {
        return () -> {
            String fingerprint = Tokens.hash(url + "\n" + secret);
            WebhookInfo info = client.execute(GetWebhookInfo.builder().build());
            String known = store.setting(WEBHOOK_SETTING).orElse("");
            if (url.equals(info.getUrl()) && fingerprint.equals(known)) {
                LOG.info("Telegram webhook already registered at {}", url);
                return;
            }
            client.execute(SetWebhook.builder().url(url).secretToken(secret).allowedUpdates(ALLOWED_UPDATES).build());
            store.putSetting(WEBHOOK_SETTING, fingerprint);
            LOG.info("Telegram webhook registered at {}", url);
        };
    }

    private void next() {
        while (!steps.isEmpty()) {
            try {
                steps.get(0).run();
                steps.remove(0);
                retryMs = FIRST_RETRY_MS;
            } catch (TelegramApiException | RuntimeException e) {
                LOG.warn("Telegram setup failed ({}); retrying in {} s", e.getMessage(), retryMs / 1000);
                worker.schedule(this::next, retryMs, TimeUnit.MILLISECONDS);
                retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
                return;
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
