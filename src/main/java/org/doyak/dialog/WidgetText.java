package org.doyak.dialog;

import java.util.Set;

/**
 * The web widget's own texts (its title, buttons, labels for screen readers, errors), which every deployment
 * must define under {@code widget:} in {@code dialogs/messages.yaml}, each in Korean and English. The widget
 * fetches them from the server each time it loads, so a publish changes them without a restart. A text may
 * use only its own placeholders, which the widget fills in.
 */
public enum WidgetText {
    /** The panel's heading (unless the page gives {@code data-title}). */
    TITLE("title"),
    /** The chat bubble's label for screen readers. */
    OPEN("open"),
    /** The bubble's label while a message arrived with the panel closed. */
    OPEN_UNREAD("open_unread"),
    /** The close button's label (×). */
    CLOSE("close"),
    /** The language button: the name of the other language ({@code English} in the Korean widget). */
    SWITCH_LANGUAGE("switch_language"),
    /** The language button's label for screen readers. */
    SWITCH_LANGUAGE_LABEL("switch_language_label"),
    /** The "new chat" button and its label. */
    RESET("reset"),
    RESET_LABEL("reset_label"),
    /** The question before a new chat wipes the conversation, and its two answers. */
    RESET_QUESTION("reset_question"),
    RESET_YES("reset_yes"),
    RESET_NO("reset_no"),
    /** The input's label for screen readers, its placeholder and the hint under it. */
    INPUT_LABEL("input_label"),
    PLACEHOLDER("placeholder"),
    INPUT_HINT("input_hint"),
    /** The send button. */
    SEND("send"),
    /** Read to screen readers while the bot or a counselor is writing. */
    BOT_TYPING("bot_typing"),
    COUNSELOR_TYPING("counselor_typing"),
    /** Under the seeker's last message once a counselor has read it. */
    SEEN("seen"),
    /** Who wrote a message: the seeker (screen readers only), the bot, a counselor, a notice. */
    NAME_YOU("name_you"),
    NAME_BOT("name_bot"),
    NAME_COUNSELOR("name_counselor"),
    NAME_NOTICE("name_notice"),
    /** The label of a message's buttons, of the conversation log, and the tooltip of a link. */
    QUICK_REPLIES("quick_replies"),
    LOG_LABEL("log_label"),
    OPENS_NEW_WINDOW("opens_new_window"),
    /** The first thing a seeker reads, its button, and the text that button sends. */
    INTRO("intro"),
    START("start"),
    START_TEXT("start_text"),
    /** The server cannot be reached; the seeker's text is kept. */
    ERROR_NETWORK("error_network"),
    /** The server answered with an error: {@code {status}} is its HTTP status. */
    ERROR_HTTP("error_http", "status"),
    /** A message over the limit: {@code {length}} characters of at most {@code {max}}. */
    ERROR_TOO_LONG("error_too_long", "length", "max"),
    /**
     * The server refused for now: too many requests (429) or storage unavailable (503). The {@code _wait} texts
     * say the seeker's message is kept and sent again by itself in {@code {seconds}} (the server's
     * {@code Retry-After}); the others, shown when that retry was refused too, that it was not sent and can be
     * tried again (typed text is back in the input).
     */
    ERROR_BUSY_WAIT("error_busy_wait", "seconds"),
    ERROR_BUSY("error_busy"),
    ERROR_UNAVAILABLE_WAIT("error_unavailable_wait", "seconds"),
    ERROR_UNAVAILABLE("error_unavailable"),
    /** The error's retry button and the label of its close button. */
    RETRY("retry"),
    DISMISS_ERROR("dismiss_error"),
    /** The live connection dropped and is being restored. */
    RECONNECTING("reconnecting"),
    /** The stored conversation is gone (expired or erased): a new one starts. */
    SESSION_EXPIRED("session_expired"),
    /** The counter near the limit: {@code {length}} of {@code {max}} characters. */
    CHAR_COUNT("char_count", "length", "max"),
    /** The link that continues the conversation on Telegram, and its label. */
    TELEGRAM("telegram"),
    TELEGRAM_LABEL("telegram_label");

    private final String key;
    private final Set<String> placeholders;

    WidgetText(String key, String... placeholders) {
        this.key = key;
        this.placeholders = Set.of(placeholders);
    }

    /** The key under {@code widget:} in messages.yaml, and in the texts the widget fetches. */
    public String key() {
        return key;
    }

    /** The {@code {name}}s this text may use. */
    public Set<String> placeholders() {
        return placeholders;
    }
}
