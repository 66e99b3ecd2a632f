package org.doyak.channel.telegram;

import java.time.Instant;
import java.util.Optional;

/**
 * What the Telegram adapter keeps in the database: handled update ids, long button payloads, one-time
 * link codes and a few settings. Implemented by the storage adapter; every method is one short
 * transaction. Thread-safe.
 */
public interface TelegramStore {

    /** Marks an update as handled; false when it was marked before (a duplicate). */
    boolean claimUpdate(String botId, long updateId, Instant at);

    /** Forgets a claim, so a redelivered update is handled. */
    void releaseUpdate(String botId, long updateId);

    /** Forgets updates handled before {@code cutoff}. */
    void forgetUpdates(Instant cutoff);

    /** Keeps a long payload under its key (nothing happens when the key is kept already). */
    void keepCallback(String key, String payload);

    /** The payload kept under a key. */
    Optional<String> callback(String key);

    /** Stores a link code's hash for a conversation, forgetting codes expired before {@code now}. */
    void insertLink(String codeHash, String conversationId, Instant expiresAt, Instant now);

    /** Uses a code: its conversation when it was unused and unexpired at {@code now} (it is now used). */
    Optional<String> redeemLink(String codeHash, Instant now);

    /** A remembered setting. */
    Optional<String> setting(String name);

    /** Remembers a setting, replacing an earlier value. */
    void putSetting(String name, String value);
}
