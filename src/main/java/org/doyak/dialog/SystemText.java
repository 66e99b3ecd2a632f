package org.doyak.dialog;

/** The system texts every deployment must define in {@code dialogs/messages.yaml}. */
public enum SystemText {
    /** A message the bot could not place. */
    UNCLEAR("unclear"),
    /** Second misunderstanding in a row: offers a counselor. */
    OFFER_COUNSELOR("offer_counselor"),
    /** Default retry text for a question whose answer did not pass. */
    RETRY("retry"),
    /** A question answered wrongly too often. */
    RETRY_LIMIT("retry_limit"),
    /** The seeker switched language. */
    LANGUAGE_SWITCHED("language_switched"),
    /** A handoff was requested: a counselor will contact the seeker. */
    HANDOFF_WAITING("handoff_waiting"),
    /** A message arrived while waiting for a counselor. */
    STILL_WAITING("still_waiting"),
    /** The seeker cancelled a handoff request. */
    HANDOFF_CANCELLED("handoff_cancelled"),
    /** A button that no longer applies was pressed. */
    BUTTON_EXPIRED("button_expired"),
    /** Something went wrong on our side; nothing was lost. */
    INTERNAL_ERROR("internal_error"),
    /** Crisis wording: the crisis contacts, shown at once whatever the hour. */
    CRISIS("crisis"),
    /** A handoff asked for outside counselors' hours; {@code {counselors_return}} is when they return. */
    COUNSELORS_CLOSED("counselors_closed"),
    /** A handoff asked for while no counselors are scheduled at all. */
    COUNSELORS_UNAVAILABLE("counselors_unavailable"),
    /** A counselor took the conversation. */
    COUNSELOR_JOINED("counselor_joined"),
    /** The seeker's place in the queue: {@code {queue_position}}, {@code {queue_minutes}}. */
    QUEUE_POSITION("queue_position"),
    /** The counselor closed the conversation; the bot is back. */
    HANDOFF_CLOSED("handoff_closed"),
    /** The button under a long reply that shows its next page. */
    MORE("more"),
    /** Telegram: a sticker, photo, voice note, file, location and the like (the bot reads text only). */
    TELEGRAM_TEXT_ONLY("telegram_text_only"),
    /** Telegram: the seeker edited a message they had sent. */
    TELEGRAM_EDITED("telegram_edited"),
    /** Telegram: a command in a group chat. */
    TELEGRAM_PRIVATE_ONLY("telegram_private_only"),
    /** Telegram: a "continue on Telegram" link came through; the web conversation goes on here. */
    TELEGRAM_LINKED("telegram_linked"),
    /** Telegram: a "continue on Telegram" link that is expired, used or unknown. */
    TELEGRAM_LINK_EXPIRED("telegram_link_expired");

    private final String key;

    SystemText(String key) {
        this.key = key;
    }

    /** The key in messages.yaml. */
    public String key() {
        return key;
    }
}
