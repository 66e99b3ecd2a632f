package org.doyak.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import org.doyak.conversation.ChatMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns the bot's messages into {@code sendMessage} calls: plain text (no parse mode, so nothing in a
 * dialog text can break the markup), split into parts of at most {@link #MAX_CHARS} characters at a
 * paragraph, line or word break where there is one; buttons become an inline keyboard, one button a
 * row, under the last part.
 */
final class Rendering {
    /** Telegram's limit on a message's text, in UTF-16 code units. */
    static final int MAX_CHARS = 4096;
    private static final String BUTTONS_ONLY = "👇";

    private Rendering() {
    }

    /** The calls that show these messages in the chat, in order. */
    static List<SendMessage> render(long chatId, List<ChatMessage> messages, CallbackKeys keys) {
        List<SendMessage> calls = new ArrayList<>();
        for (ChatMessage m : messages) {
            String text = m.text() == null || m.text().isBlank() ? (m.buttons().isEmpty() ? "" : BUTTONS_ONLY)
                    : m.text();
            List<String> parts = split(text, MAX_CHARS);
            for (int i = 0; i < parts.size(); i++) {
                SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder().chatId(chatId).text(parts.get(i));
                if (i == parts.size() - 1 && !m.buttons().isEmpty()) {
                    send.replyMarkup(keyboard(m.buttons(), keys));
                }
                calls.add(send.build());
            }
        }
        return calls;
    }

    /** A plain-text message without buttons. */
    static SendMessage text(long chatId, String text) {
        return SendMessage.builder().chatId(chatId).text(text).build();
    }

    /** Splits text into non-blank parts of at most {@code max} characters, never inside a surrogate pair. */
    static List<String> split(String text, int max) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > max) {
            int cut = breakBefore(rest, max);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int breakBefore(String text, int max) {
        int half = max / 2;
        for (String separator : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(separator, max - separator.length());
            if (at >= half) {
                return at + separator.length();
            }
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    private static InlineKeyboardMarkup keyboard(List<ChatMessage.Choice> buttons, CallbackKeys keys) {
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (ChatMessage.Choice choice : buttons) {
            rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder().text(choice.title())
                    .callbackData(keys.encode(choice.payload())).build()));
        }
        return InlineKeyboardMarkup.builder().keyboard(rows).build();
    }
}
