package org.doyak.channel.telegram;

import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.doyak.AppConfig;
import org.doyak.channel.web.Tokens;
import org.doyak.cluster.Leadership;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Engine;
import org.doyak.conversation.Outbound;
import org.doyak.dialog.Dialogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram channel: long polling when no webhook URL is configured, else a webhook route on our
 * own server. Either way every update goes through one {@link UpdateHandler}, replies go out through
 * one {@link Outbox}, and nothing here blocks or fails the service's start when the Bot API is down.
 */
public final class TelegramChannel implements Outbound, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
    private static final int POLL_SECONDS = 50;
    /** A Bot API call (not the long poll, which has its own client) that takes longer is abandoned. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final TelegramRoutes routes;
    private final Outbox outbox;
    private final CallbackKeys keys;
    private final BotSetup setup;
    private final TelegramBotsLongPollingApplication polling;
    private final LeaderPolling leader;
    private final HeldUpdates held;

    private TelegramChannel(TelegramRoutes routes, Outbox outbox, CallbackKeys keys, BotSetup setup,
            TelegramBotsLongPollingApplication polling, LeaderPolling leader, HeldUpdates held) {
        this.held = held;
        this.routes = routes;
        this.outbox = outbox;
        this.keys = keys;
        this.setup = setup;
        this.polling = polling;
        this.leader = leader;
    }

    /**
     * Starts the channel for {@code config.telegramToken()}, which must be present. Returns at once;
     * the command menus and the webhook or polling session are set up in the background. A webhook is served
     * by every instance; long polling runs only on the instance {@code leadership} elects.
     *
     * @param dialogs the current dialogs, read per update (the Telegram notices are system texts)
     * @param db what the adapter keeps (update ids, payload keys, link codes, settings)
     * @param leadership elects the one instance that polls
     * @param clock the time for link codes, the update log and the outbox's retries
     * @throws IllegalArgumentException when {@code telegramApiUrl} is not an http(s) URL
     */
    public static TelegramChannel start(AppConfig config, Engine engine, ConversationStore store,
            TelegramStore db, Supplier<Dialogs> dialogs, Leadership leadership, Clock clock) {
        String token = config.telegramToken().orElseThrow();
        Commands.unanswered(dialogs.get()).forEach(p -> LOG.error("Telegram: no flow starts on the payload '{}'"
                + " that a command sends; add it to a flow's triggers.payloads", p));
        TelegramUrl url = apiUrl(config.telegramApiUrl());
        OkHttpTelegramClient client = new OkHttpTelegramClient(new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT).callTimeout(CALL_TIMEOUT).build(), token, url);
        Outbox outbox = new Outbox(client, clock);
        LinkCodes links = new LinkCodes(db, clock);
        CallbackKeys keys = new CallbackKeys(db);
        UpdateHandler handler = new UpdateHandler(engine, store, new UpdateLog(db, token.split(":", 2)[0], clock),
                keys, links, outbox, dialogs, new ChatLimits(config.security().rateLimits(), clock));
        Optional<String> webhook = config.telegramWebhookUrl();
        String secret = config.telegramWebhookSecret().orElseGet(() -> Tokens.hash("doyak-webhook:" + token));
        TelegramRoutes routes = new TelegramRoutes(handler, store, links, new BotName(client),
                webhook.isPresent() ? secret : null);
        List<BotSetup.Step> steps = new ArrayList<>();
        steps.add(BotSetup.commands(client, dialogs.get()));
        TelegramBotsLongPollingApplication polling = null;
        LeaderPolling leader = null;
        HeldUpdates held = new HeldUpdates(handler);
        if (webhook.isPresent()) {
            steps.add(BotSetup.webhook(client, db, webhook.get(), secret));
            LOG.info("Telegram: webhook mode at {}, Bot API {}", webhook.get(), config.telegramApiUrl());
        } else {
            polling = new TelegramBotsLongPollingApplication();
            leader = new LeaderPolling(leadership, polling, token, poll(polling, token, url, held));
            LOG.info("Telegram: long polling on the elected instance, Bot API {}", config.telegramApiUrl());
        }
        return new TelegramChannel(routes, outbox, keys, BotSetup.start(steps), polling, leader, held);
    }

    /** Adds the webhook route (webhook mode) and the widget's "continue on Telegram" route. */
    public void register(RoutesConfig config) {
        routes.register(config);
    }

    /**
     * The channel's {@link Outbound}: queues stored messages (replies, a counselor's answers, notices) for
     * the conversation's chat, in the order given; the outbox sends them in that order and retries on
     * rate limits and outages. A conversation whose channel id is not a chat id gets nothing.
     */
    @Override
    public void deliver(Conversation conversation, List<Outbound.Numbered> messages, boolean reply) {
        long chatId;
        try {
            chatId = Long.parseLong(conversation.externalId());
        } catch (NumberFormatException notAChat) {
            return;
        }
        outbox.send(chatId, Rendering.render(chatId, messages.stream().map(Outbound.Numbered::message).toList(),
                keys));
    }

    /**
     * Sends a plain text (at most 4,096 characters) to any chat the bot is in, e.g. the counselors' group,
     * through the same outbox as replies. Returns at once; never throws for a Bot API error.
     */
    public void announce(long chatId, String text) {
        outbox.send(chatId, List.of(SendMessage.builder().chatId(chatId).text(text).build()));
    }

    @Override
    public void close() {
        held.stop();
        setup.close();
        if (leader != null) {
            leader.close();
        }
        if (polling != null) {
            try {
                polling.close();
            } catch (Exception e) {
                LOG.warn("stopping Telegram long polling: {}", e.toString());
            }
        }
        outbox.close();
    }

    private static BotSetup.Step poll(TelegramBotsLongPollingApplication app, String token, TelegramUrl url,
            HeldUpdates held) {
        return () -> {
            if (!app.isRunning()) {
                app.start();
            }
            try {
                app.registerBot(token, () -> url, offset -> GetUpdates.builder().offset(offset + 1).limit(100)
                        .timeout(POLL_SECONDS).allowedUpdates(BotSetup.ALLOWED_UPDATES).build(),
                        updates -> updates.forEach(held::handle));
            } catch (TelegramApiException e) {
                try {
                    app.unregisterBot(token);
                } catch (TelegramApiException notRegistered) {
                    e.addSuppressed(notRegistered);
                }
                throw e;
            }
        };
    }

    static TelegramUrl apiUrl(String apiUrl) {
        URI uri = URI.create(apiUrl);
        String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            throw new IllegalArgumentException("DOYAK_TELEGRAM_API_URL must be an http(s) URL, not '" + apiUrl + "'");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }
}
