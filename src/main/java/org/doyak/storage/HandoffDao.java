package org.doyak.storage;

import java.util.List;
import java.util.Optional;
import org.doyak.handoff.Callback;
import org.doyak.handoff.Handoff;
import org.doyak.handoff.Note;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for handoffs, their notes and callback requests. Portable across SQLite and PostgreSQL. */
interface HandoffDao {

    @SqlUpdate("INSERT INTO handoffs (id, conversation_id, channel, lang, reason, priority, status, counselor,"
            + " summary, created_at, claimed_at, closed_at, note, center) VALUES (:id, :conversationId, :channel,"
            + " :lang, :reason, :priority, :status, :counselor, :summary, :createdAt, :claimedAt, :closedAt, :note,"
            + " :center)")
    void insert(@BindMethods Handoff handoff);

    @SqlQuery("SELECT * FROM handoffs WHERE id = :id")
    Optional<Handoff> find(@Bind("id") String id);

    @SqlQuery("SELECT * FROM handoffs WHERE conversation_id = :id AND status IN ('waiting', 'active')")
    Optional<Handoff> open(@Bind("id") String conversationId);

    @SqlQuery("SELECT * FROM handoffs WHERE status = :status ORDER BY priority DESC, created_at, id LIMIT 500")
    List<Handoff> byStatus(@Bind("status") String status);

    @SqlQuery("SELECT COUNT(*) FROM handoffs WHERE status = 'waiting'")
    int waiting();

    @SqlQuery("SELECT * FROM handoffs WHERE status IN ('closed', 'cancelled') ORDER BY closed_at DESC LIMIT 200")
    List<Handoff> recentlyClosed();

    @SqlUpdate("UPDATE handoffs SET status = 'active', counselor = :counselor, claimed_at = :at"
            + " WHERE id = :id AND status = 'waiting'")
    int claim(@Bind("id") String id, @Bind("counselor") String counselor, @Bind("at") String at);

    @SqlUpdate("UPDATE handoffs SET counselor = :to WHERE id = :id AND status = 'active' AND counselor = :from")
    int transfer(@Bind("id") String id, @Bind("from") String from, @Bind("to") String to);

    @SqlUpdate("UPDATE handoffs SET center = :center, status = 'waiting', counselor = NULL, claimed_at = NULL,"
            + " seen_at = NULL WHERE id = :id AND center <> :center"
            + " AND (status = 'waiting' OR (status = 'active' AND counselor = :by))")
    int moveToCenter(@Bind("id") String id, @Bind("center") String center, @Bind("by") String by);

    @SqlUpdate("UPDATE handoffs SET status = :status, closed_at = :at, note = :note"
            + " WHERE id = :id AND status IN ('waiting', 'active')")
    int finish(@Bind("id") String id, @Bind("status") String status, @Bind("at") String at,
            @Bind("note") String note);

    @SqlUpdate("UPDATE handoffs SET priority = :priority WHERE id = :id")
    void prioritise(@Bind("id") String id, @Bind("priority") int priority);

    @SqlUpdate("INSERT INTO handoff_notes (id, handoff_id, author, body, at) VALUES (:id, :handoffId, :author,"
            + " :body, :at)")
    void insertNote(@Bind("id") String id, @Bind("handoffId") String handoffId, @Bind("author") String author,
            @Bind("body") String body, @Bind("at") String at);

    @SqlQuery("SELECT author, body, at FROM handoff_notes WHERE handoff_id = :id ORDER BY at, id")
    List<Note> notes(@Bind("id") String handoffId);

    @SqlUpdate("INSERT INTO callbacks (id, conversation_id, contact, time_window, lang, status, created_at, center)"
            + " VALUES (:id, :conversationId, :contact, :window, :lang, 'open', :at, :center)")
    void insertCallback(@Bind("id") String id, @Bind("conversationId") String conversationId,
            @Bind("contact") String contact, @Bind("window") String window, @Bind("lang") String lang,
            @Bind("at") String at, @Bind("center") String center);

    @SqlQuery("SELECT id, conversation_id, contact, time_window, lang, status, created_at, done_by, center"
            + " FROM callbacks"
            + " WHERE status = :status ORDER BY created_at LIMIT 500")
    List<Callback> callbacks(@Bind("status") String status);

    @SqlUpdate("DELETE FROM callbacks WHERE conversation_id = :id")
    void deleteCallbacks(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM handoff_notes WHERE handoff_id IN (SELECT id FROM handoffs WHERE conversation_id = :id)")
    void deleteNotes(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM handoffs WHERE conversation_id = :id")
    void deleteHandoffs(@Bind("id") String conversationId);

    @SqlUpdate("UPDATE callbacks SET status = 'done', done_by = :by WHERE id = :id AND status = 'open'")
    int callbackDone(@Bind("id") String id, @Bind("by") String by);

    @SqlUpdate("UPDATE handoffs SET follow_up = :date WHERE id = :id")
    void followUp(@Bind("id") String id, @Bind("date") String date);

    @SqlUpdate("UPDATE handoffs SET seen_at = :at WHERE id = :id")
    void seen(@Bind("id") String id, @Bind("at") String at);

    @SqlUpdate("UPDATE handoffs SET satisfaction = :answer WHERE satisfaction IS NULL AND id = (SELECT id FROM"
            + " handoffs WHERE conversation_id = :conversation AND status = 'closed' ORDER BY closed_at DESC LIMIT 1)")
    int satisfaction(@Bind("conversation") String conversationId, @Bind("answer") String answer);

    @SqlQuery("SELECT COUNT(*) FROM messages WHERE conversation_id = :conversation AND sender = 'user'"
            + " AND at > :since")
    int seekerMessagesAfter(@Bind("conversation") String conversationId, @Bind("since") String since);

    @SqlQuery("SELECT * FROM handoffs WHERE created_at >= :since OR status IN ('waiting', 'active')"
            + " OR closed_at >= :since ORDER BY created_at LIMIT 5000")
    List<Handoff> touchedSince(@Bind("since") String since);

    @SqlQuery("SELECT * FROM handoffs WHERE status = 'closed' AND satisfaction IS NOT NULL AND closed_at >= :since"
            + " LIMIT 20000")
    List<Handoff> ratedSince(@Bind("since") String since);

    @SqlQuery("SELECT * FROM handoffs WHERE status = 'closed' AND follow_up IS NOT NULL AND follow_up >= :from"
            + " ORDER BY follow_up LIMIT 500")
    List<Handoff> followUps(@Bind("from") String fromDate);
}
