package org.doyak.channel.telegram;

import java.util.concurrent.atomic.AtomicReference;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The bot's username, asked of Telegram ({@code getMe}) on first use and then remembered. Thread-safe. */
final class BotName {
    private final TelegramClient client;
    private final AtomicReference<String> known = new AtomicReference<>();

    BotName(TelegramClient client) {
        this.client = client;
    }

    /**
     * The username, without {@code @}.
     *
     * @throws TelegramApiException when Telegram cannot be asked right now
     */
    String get() throws TelegramApiException {
        String name = known.get();
        if (name == null) {
            name = client.execute(GetMe.builder().build()).getUserName();
            known.set(name);
        }
        return name;
    }
}
