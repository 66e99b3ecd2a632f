package org.doyak.channel.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doyak.conversation.Inbound;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.SystemText;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * The bot's commands: what Telegram shows in its menu ({@code setMyCommands}, Korean by default and
 * for Korean clients, English for English clients) and what each one sends to the engine.
 */
final class Commands {
    /** Payload that starts the counselor flow. */
    static final String COUNSELOR = "counselor";
    /** Payload that starts the erase-my-data flow. */
    static final String DELETE = "delete_data";

    private Commands() {
    }

    /** Every button payload a command sends; each must start a flow (see {@link #unanswered}). */
    static final List<String> PAYLOADS = List.of(COUNSELOR, DELETE);

    /**
     * The command payloads no flow of {@code dialogs} starts on, so a command would answer "that button
     * cannot be used now": empty when every command reaches a flow.
     */
    static List<String> unanswered(Dialogs dialogs) {
        return PAYLOADS.stream().filter(p -> dialogs.flowList().stream()
                .noneMatch(f -> f.triggers().payloads().contains(p))).toList();
    }

    /** The {@code setMyCommands} calls: default (Korean), Korean and English, described by {@code messages.yaml}. */
    static List<SetMyCommands> registrations(Dialogs dialogs) {
        List<BotCommand> ko = menu(dialogs, "ko");
        return List.of(SetMyCommands.builder().commands(ko).build(),
                SetMyCommands.builder().commands(ko).languageCode("ko").build(),
                SetMyCommands.builder().commands(menu(dialogs, "en")).languageCode("en").build());
    }

    private static List<BotCommand> menu(Dialogs dialogs, String lang) {
        Map<String, SystemText> described = new LinkedHashMap<>();
        described.put("start", SystemText.TELEGRAM_COMMAND_START);
        described.put("menu", SystemText.TELEGRAM_COMMAND_MENU);
        described.put("help", SystemText.TELEGRAM_COMMAND_HELP);
        described.put("lang", SystemText.TELEGRAM_COMMAND_LANG);
        described.put("counselor", SystemText.TELEGRAM_COMMAND_COUNSELOR);
        described.put("mydata", SystemText.TELEGRAM_COMMAND_MYDATA);
        described.put("delete", SystemText.TELEGRAM_COMMAND_DELETE);
        return described.entrySet().stream()
                .map(c -> new BotCommand(c.getKey(), dialogs.message(c.getValue()).in(lang))).toList();
    }

    /**
     * What a typed text means for the engine: {@code /counselor} and {@code /delete} press the
     * matching buttons; other commands ({@code /start}, {@code /menu}, {@code /help}, {@code /mydata},
     * {@code /lang en}, {@code /cancel}) go on as text, without any {@code @botname} suffix; texts longer than
     * {@link Inbound#MAX_TEXT} are cut there.
     */
    static Inbound inbound(String text) {
        String stripped = text.strip();
        if (stripped.startsWith("/")) {
            String[] parts = stripped.split("\\s+", 2);
            String command = parts[0].toLowerCase(Locale.ROOT);
            int at = command.indexOf('@');
            if (at > 0) {
                command = command.substring(0, at);
            }
            if ("/counselor".equals(command)) {
                return Inbound.payload(COUNSELOR);
            }
            if ("/delete".equals(command)) {
                return Inbound.payload(DELETE);
            }
            stripped = parts.length > 1 ? command + " " + parts[1] : command;
        }
        return Inbound.text(stripped.length() > Inbound.MAX_TEXT ? stripped.substring(0, Inbound.MAX_TEXT) : stripped);
    }
}
