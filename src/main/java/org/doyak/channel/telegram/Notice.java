package org.doyak.channel.telegram;

/**
 * What the bot says about Telegram itself (not about the seeker's question), in Korean and English.
 * These answer updates that never reach the engine, so they are not stored in the conversation.
 */
enum Notice {
    /** A sticker, photo, voice note, file, location and the like. */
    TEXT_ONLY("지금은 글자로 보낸 메시지만 읽을 수 있어요. 궁금한 점을 입력해 주세요.",
            "I can only read text for now. Please type your question."),
    /** The seeker edited a message they had sent. */
    EDITED("수정한 메시지는 다시 읽지 않아요. 바뀐 내용을 새 메시지로 보내 주세요.",
            "I don't reread edited messages. Please send the change as a new message."),
    /** A command in a group chat. */
    PRIVATE_ONLY("개인정보 보호를 위해 1:1 대화에서만 도와드려요. 저에게 직접 메시지를 보내 주세요.",
            "To protect your privacy I only help in a private chat. Please message me directly."),
    /** A "continue on Telegram" link that came through. */
    LINKED("웹에서 하던 대화를 여기서 이어갈게요.", "Let's continue the conversation you started on the web."),
    /** A "continue on Telegram" link that is expired, used or unknown. */
    LINK_EXPIRED("이 연결 링크는 만료되었거나 이미 사용되었어요. 여기서 새로 시작할게요.",
            "That link has expired or was already used. Let's start fresh here.");

    private final String ko;
    private final String en;

    Notice(String ko, String en) {
        this.ko = ko;
        this.en = en;
    }

    /** The text in {@code en} or (anything else) Korean. */
    String in(String lang) {
        return "en".equals(lang) ? en : ko;
    }
}
