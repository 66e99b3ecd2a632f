package org.doyak.storage;

import java.util.List;
import org.doyak.content.Appointment;
import org.doyak.content.SeekerExport;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** SQL for the export of one seeker's data. Portable across SQLite and PostgreSQL. */
interface ExportDao {

    @SqlQuery("SELECT COUNT(*) FROM messages WHERE conversation_id = :id")
    int messages(@Bind("id") String conversationId);

    @SqlQuery("SELECT COALESCE(MIN(at), '') FROM messages WHERE conversation_id = :id")
    String firstMessageAt(@Bind("id") String conversationId);

    @SqlQuery("SELECT COALESCE(MAX(at), '') FROM messages WHERE conversation_id = :id")
    String lastMessageAt(@Bind("id") String conversationId);

    @SqlQuery("SELECT * FROM appointments WHERE conversation_id = :id ORDER BY starts_at, id")
    List<Appointment> appointments(@Bind("id") String conversationId);

    @SqlQuery("SELECT contact, time_window, status, created_at AS requested_at FROM callbacks"
            + " WHERE conversation_id = :id ORDER BY created_at, id")
    List<SeekerExport.CallbackRequest> callbacks(@Bind("id") String conversationId);

    @SqlQuery("SELECT reason, center, status, created_at AS requested_at, COALESCE(closed_at, '') AS closed_at"
            + " FROM handoffs WHERE conversation_id = :id ORDER BY created_at, id")
    List<SeekerExport.CounselorRequest> handoffs(@Bind("id") String conversationId);
}
