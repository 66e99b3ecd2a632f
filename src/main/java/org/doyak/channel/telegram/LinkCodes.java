package org.doyak.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.doyak.channel.web.Tokens;
import org.doyak.storage.Database;

/**
 * One-time codes that carry a web conversation over to Telegram ({@code t.me/BOT?start=CODE}). A
 * code is 43 URL-safe characters (Telegram allows 64 in a start parameter), is stored only as its
 * hash, expires after {@link #LIFETIME} and works once. Thread-safe.
 */
final class LinkCodes {
    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final Database db;
    private final Clock clock;

    LinkCodes(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * A code issued for a conversation.
     *
     * @param code the secret to put in the link
     * @param expiresAt when it stops working
     */
    record Issued(String code, Instant expiresAt) {
    }

    /** Issues a new code for the conversation (earlier codes stay valid until they expire). */
    Issued issue(String conversationId) {
        String code = Tokens.newToken();
        long now = clock.millis();
        long expires = now + LIFETIME.toMillis();
        db.write(h -> {
            TelegramDao dao = h.attach(TelegramDao.class);
            dao.forgetLinks(now - LIFETIME.toMillis());
            dao.insertLink(Tokens.hash(code), conversationId, expires);
            return null;
        });
        return new Issued(code, Instant.ofEpochMilli(expires));
    }

    /** Uses the code: the conversation it was issued for, or empty when it is unknown, expired or used. */
    Optional<String> redeem(String code) {
        String hash = Tokens.hash(code);
        long now = clock.millis();
        return db.write(h -> {
            TelegramDao dao = h.attach(TelegramDao.class);
            return dao.useLink(hash, now) == 1 ? dao.linkedConversation(hash) : Optional.<String>empty();
        });
    }
}
