package org.doyak.channel.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.doyak.content.BookingQuota;
import org.doyak.conversation.Refusal;
import org.doyak.http.ClientAddress;
import org.doyak.http.RateLimiter;

/**
 * The widget API's limits against floods, counted per client address (so new sessions do not reset them) and
 * per session, as token buckets ({@link RateLimiter}): a burst, then a steady rate.
 * <ul>
 *   <li>new sessions: {@value #SESSIONS_BURST} per address, then one every 2 s;</li>
 *   <li>messages: {@value #MESSAGES_BURST} per session, then one a second; {@value #ADDRESS_MESSAGES_BURST} per
 *       address, then ten a second (a center's public PCs share one address);</li>
 *   <li>characters: {@value #ADDRESS_CHARACTERS_BURST} per address, then 200 a second;</li>
 *   <li>bookings: {@value #BOOKINGS_PER_DAY} a day per address, as a {@link BookingQuota} (Telegram chats and
 *       other channels count per conversation).</li>
 * </ul>
 * Past a limit the request is refused ({@link Refusal.Kind#TOO_MANY}: 429 with {@code Retry-After}) and
 * nothing of it is stored. {@code DOYAK_RATE_LIMITS=off} turns them off (the benchmark does). Thread-safe.
 */
public final class WebLimits implements BookingQuota {
    static final int SESSIONS_BURST = 60;
    static final int MESSAGES_BURST = 30;
    static final int ADDRESS_MESSAGES_BURST = 300;
    static final int ADDRESS_CHARACTERS_BURST = 200_000;
    static final int BOOKINGS_PER_DAY = 5;
    private static final int MAX_KEYS = 100_000;
    private static final long DAY_MS = 24L * 3600 * 1000;

    private final boolean enabled;
    private final boolean behindProxy;
    private final RateLimiter sessions;
    private final RateLimiter sessionMessages;
    private final RateLimiter addressMessages;
    private final RateLimiter addressCharacters;
    private final RateLimiter bookings;
    private final Map<String, String> addressOf = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_KEYS;
        }
    });

    /**
     * @param enabled false for no limits at all
     * @param behindProxy whether the client address comes from the proxy's headers (see {@link ClientAddress})
     */
    public WebLimits(boolean enabled, boolean behindProxy, Clock clock) {
        this.enabled = enabled;
        this.behindProxy = behindProxy;
        this.sessions = new RateLimiter(SESSIONS_BURST, 2_000, MAX_KEYS, clock);
        this.sessionMessages = new RateLimiter(MESSAGES_BURST, 1_000, MAX_KEYS, clock);
        this.addressMessages = new RateLimiter(ADDRESS_MESSAGES_BURST, 100, MAX_KEYS, clock);
        this.addressCharacters = new RateLimiter(ADDRESS_CHARACTERS_BURST, 5, MAX_KEYS, clock);
        this.bookings = new RateLimiter(BOOKINGS_PER_DAY, DAY_MS / BOOKINGS_PER_DAY, MAX_KEYS, clock);
    }

    /**
     * Counts a new session from the request's address.
     *
     * @throws Refusal too many new sessions from this address for now
     */
    void sessionCreated(Context ctx) {
        if (!enabled) {
            return;
        }
        check(sessions.take(address(ctx), 1), "new chats");
    }

    /**
     * Counts a message of {@code characters} to the session from the request's address, and remembers the
     * address as the session's for its bookings.
     *
     * @throws Refusal too many messages or characters for now
     */
    void message(Context ctx, String sessionId, int characters) {
        if (!enabled) {
            return;
        }
        String address = address(ctx);
        addressOf.put(sessionId, address);
        check(sessionMessages.take(sessionId, 1), "messages in this chat");
        check(addressMessages.take(address, 1), "messages");
        check(addressCharacters.take(address, characters), "text");
    }

    @Override
    public OptionalLong take(String conversationId) {
        if (!enabled) {
            return OptionalLong.empty();
        }
        String address = addressOf.get(conversationId);
        return bookings.take(address == null ? "conversation:" + conversationId : "address:" + address, 1);
    }

    private String address(Context ctx) {
        return ClientAddress.of(ctx, behindProxy);
    }

    private void check(OptionalLong wait, String what) {
        if (wait.isPresent()) {
            throw new Refusal(Refusal.Kind.TOO_MANY, "too many " + what + " for now; try again in "
                    + wait.getAsLong() + " s", wait);
        }
    }
}
