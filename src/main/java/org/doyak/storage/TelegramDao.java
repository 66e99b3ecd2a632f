package org.doyak.storage;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for the Telegram adapter's tables (V4, times as in V9). Portable across SQLite and PostgreSQL. */
interface TelegramDao {

    /** Returns 1 when the update was not seen before, 0 when it was. */
    @SqlUpdate("INSERT INTO telegram_updates (bot_id, update_id, handled_at) VALUES (:bot, :update, :at)"
            + " ON CONFLICT DO NOTHING")
    int claimUpdate(@Bind("bot") String botId, @Bind("update") long updateId, @Bind("at") String at);

    @SqlUpdate("DELETE FROM telegram_updates WHERE bot_id = :bot AND update_id = :update")
    void releaseUpdate(@Bind("bot") String botId, @Bind("update") long updateId);

    @SqlUpdate("DELETE FROM telegram_updates WHERE handled_at < :before")
    int forgetUpdates(@Bind("before") String before);

    @SqlUpdate("INSERT INTO telegram_callbacks (data_key, payload) VALUES (:key, :payload) ON CONFLICT DO NOTHING")
    void keepCallback(@Bind("key") String key, @Bind("payload") String payload);

    @SqlQuery("SELECT payload FROM telegram_callbacks WHERE data_key = :key")
    Optional<String> callback(@Bind("key") String key);

    @SqlUpdate("INSERT INTO telegram_links (code_hash, conversation_id, expires_at) VALUES (:hash, :id, :expires)")
    void insertLink(@Bind("hash") String codeHash, @Bind("id") String conversationId,
            @Bind("expires") String expiresAt);

    /** Returns 1 when the code was unused and unexpired (it is now used), else 0. */
    @SqlUpdate("UPDATE telegram_links SET used_at = :now WHERE code_hash = :hash AND used_at IS NULL"
            + " AND expires_at > :now")
    int useLink(@Bind("hash") String codeHash, @Bind("now") String now);

    @SqlQuery("SELECT conversation_id FROM telegram_links WHERE code_hash = :hash")
    Optional<String> linkedConversation(@Bind("hash") String codeHash);

    @SqlUpdate("DELETE FROM telegram_links WHERE expires_at < :before")
    int forgetLinks(@Bind("before") String before);

    @SqlUpdate("DELETE FROM telegram_links WHERE conversation_id = :id")
    void deleteLinks(@Bind("id") String conversationId);

    @SqlQuery("SELECT setting_value FROM telegram_settings WHERE name = :name")
    Optional<String> setting(@Bind("name") String name);

    @SqlUpdate("DELETE FROM telegram_settings WHERE name = :name")
    void deleteSetting(@Bind("name") String name);

    @SqlUpdate("INSERT INTO telegram_settings (name, setting_value) VALUES (:name, :value)")
    void insertSetting(@Bind("name") String name, @Bind("value") String value);
}
