package org.doyak.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.doyak.channel.web.Tokens;

/**
 * One-time codes that carry a web conversation over to Telegram ({@code t.me/BOT?start=CODE}). A
 * code is 43 URL-safe characters (Telegram allows 64 in a start parameter), is stored only as its
 * hash, expires after {@link #LIFETIME} and works once. Thread-safe.
 */
final class LinkCodes {
    static final Duration LIFETIME = Duration.ofMinutes(15);

    private final TelegramStore store;
    private final Clock clock;

    LinkCodes(TelegramStore store, Clock clock) {
        this.store = store;
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
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        store.insertLink(Tokens.hash(code), conversationId, expires, now);
        return new Issued(code, expires);
    }

    /** Uses the code: the conversation it was issued for, or empty when it is unknown, expired or used. */
    Optional<String> redeem(String code) {
        return store.redeemLink(Tokens.hash(code), clock.instant());
    }
}
