package org.doyak.storage;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for conversations and their messages. Portable across SQLite and PostgreSQL. */
interface ConversationDao {

    @SqlUpdate("INSERT INTO conversations (id, channel, external_id, token_hash, lang, mode, flow, step, retries,"
            + " stack, slots, misunderstandings, last_seq, created_at, updated_at, version, step_id) VALUES (:id,"
            + " :channel, :externalId, :tokenHash, :lang, :mode, :flow, :step, :retries, :stack, :slots,"
            + " :misunderstandings, :lastSeq, :createdAt, :updatedAt, :version, :stepId)")
    void insert(@BindMethods ConversationRow row);

    @SqlUpdate("UPDATE conversations SET lang = :lang, mode = :mode, flow = :flow, step = :step, step_id = :stepId,"
            + " retries = :retries, stack = :stack, slots = :slots, misunderstandings = :misunderstandings,"
            + " last_seq = :lastSeq, updated_at = COALESCE(:updatedAt, updated_at), version = :version + 1"
            + " WHERE id = :id AND version = :version")
    int update(@BindMethods ConversationRow row);

    @SqlUpdate("UPDATE conversations SET channel = :channel, external_id = :externalId, version = version + 1"
            + " WHERE id = :id")
    int rekey(@Bind("id") String id, @Bind("channel") String channel, @Bind("externalId") String externalId);

    @SqlQuery("SELECT * FROM conversations WHERE id = :id")
    Optional<ConversationRow> find(@Bind("id") String id);

    @SqlQuery("SELECT * FROM conversations WHERE channel = :channel AND external_id = :externalId")
    Optional<ConversationRow> findByExternal(@Bind("channel") String channel, @Bind("externalId") String externalId);

    @SqlUpdate("INSERT INTO messages (conversation_id, seq, sender, kind, body, buttons, at)"
            + " VALUES (:conversationId, :seq, :sender, :kind, :body, :buttons, :at)")
    void insertMessage(@BindMethods MessageRow row);

    @SqlQuery("SELECT * FROM messages WHERE conversation_id = :id ORDER BY seq")
    List<MessageRow> messages(@Bind("id") String conversationId);

    @SqlQuery("SELECT id FROM conversations WHERE updated_at < :cutoff")
    List<String> lastActiveBefore(@Bind("cutoff") String cutoff);

    @SqlUpdate("DELETE FROM messages WHERE conversation_id = :id")
    void deleteMessages(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM unrecognised WHERE conversation_id = :id")
    void deleteUnrecognised(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM conversations WHERE id = :id")
    void delete(@Bind("id") String id);

    @SqlUpdate("INSERT INTO unrecognised (id, conversation_id, body, lang, best_guess, confidence, at)"
            + " VALUES (:id, :conversationId, :body, :lang, :bestGuess, :confidence, :at)")
    void insertUnrecognised(@Bind("id") String id, @Bind("conversationId") String conversationId,
            @Bind("body") String body, @Bind("lang") String lang, @Bind("bestGuess") String bestGuess,
            @Bind("confidence") double confidence, @Bind("at") String at);

    @SqlUpdate("UPDATE conversations SET external_id = 'erased:' || id WHERE id = :id AND channel <> 'web'")
    void forgetChannelId(@Bind("id") String conversationId);

    @SqlUpdate("UPDATE conversations SET slots = '{}' WHERE id = :id")
    void clearSlots(@Bind("id") String conversationId);
}
