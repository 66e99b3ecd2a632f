package org.doyak.channel.telegram;

import java.util.List;
import org.doyak.cluster.Leadership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling on exactly one instance: the bot campaigns for the role {@code telegram-polling:BOT_ID} and polls
 * only while it leads (Telegram answers a second poller of one bot with a conflict, and would split the updates
 * between them). When the leader dies another instance is elected and polls from Telegram's stored offset; an
 * update seen twice around the change is handled once ({@link UpdateLog}). Thread-safe.
 */
final class LeaderPolling implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaderPolling.class);

    private final TelegramBotsLongPollingApplication polling;
    private final String token;
    private final BotSetup.Step register;
    private final Leadership.Campaign campaign;
    private BotSetup registering;

    /**
     * Starts campaigning.
     *
     * @param register registers the bot with {@code polling} (retried with backoff until it succeeds)
     */
    LeaderPolling(Leadership leadership, TelegramBotsLongPollingApplication polling, String token,
            BotSetup.Step register) {
        this.polling = polling;
        this.token = token;
        this.register = register;
        this.campaign = leadership.campaign("telegram-polling:" + token.split(":", 2)[0], this::start, this::stop);
    }

    private synchronized void start() {
        LOG.info("Telegram: this instance polls for updates");
        registering = BotSetup.start(List.of(register));
    }

    private synchronized void stop() {
        if (registering != null) {
            registering.close();
            registering = null;
        }
        try {
            polling.unregisterBot(token);
            LOG.info("Telegram: this instance stopped polling (another instance may take over)");
        } catch (TelegramApiException | RuntimeException notRegistered) {
            LOG.debug("Telegram: no polling to stop ({})", notRegistered.getMessage());
        }
    }

    /** Stops polling here and leaves the role to another instance. */
    @Override
    public void close() {
        campaign.close();
    }
}
