package org.doyak.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.doyak.channel.web.Tokens;

/**
 * Fits button payloads into Telegram's callback data (1 to 64 bytes). A payload that fits is sent as
 * it is; a longer one (or one starting with {@link #PREFIX}) is sent as {@code ~} and 24 hex digits of
 * its SHA-256, and the pair is kept in the database, so the key is stable and still resolves after a
 * restart. Thread-safe.
 */
final class CallbackKeys {
    /** Telegram's limit on callback data, in UTF-8 bytes. */
    static final int MAX_BYTES = 64;
    static final String PREFIX = "~";
    private static final int HASH_DIGITS = 24;

    private final TelegramStore store;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    CallbackKeys(TelegramStore store) {
        this.store = store;
    }

    /** True when the payload can be sent as callback data unchanged. */
    static boolean fits(String payload) {
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        return bytes >= 1 && bytes <= MAX_BYTES && !payload.startsWith(PREFIX);
    }

    /**
     * Whether callback data could have come from a button this bot sent: 1 to {@value #MAX_BYTES} bytes, as
     * Telegram allows. Anything else is forged and is answered but never handled as a turn.
     */
    static boolean wellFormed(String data) {
        return data != null && !data.isEmpty() && data.length() <= MAX_BYTES
                && data.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** The callback data for a payload, storing the key first when one is needed. */
    String encode(String payload) {
        if (fits(payload)) {
            return payload;
        }
        String key = PREFIX + Tokens.hash(payload).substring(0, HASH_DIGITS);
        if (known.putIfAbsent(key, payload) == null) {
            store.keepCallback(key, payload);
        }
        return key;
    }

    /** The payload of callback data; unknown keys come back unchanged (the engine calls them expired). */
    String decode(String data) {
        if (!data.startsWith(PREFIX)) {
            return data;
        }
        String cached = known.get(data);
        if (cached != null) {
            return cached;
        }
        return store.callback(data).orElse(data);
    }
}
