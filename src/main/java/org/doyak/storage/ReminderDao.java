package org.doyak.storage;

import java.util.List;
import org.doyak.content.Appointment;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for appointment reminders. Portable across SQLite and PostgreSQL. */
interface ReminderDao {
    /** The appointment columns a reminder row is read with. */
    String APPOINTMENT = "a.id, a.conversation_id, a.center_id, a.starts_at, a.name, a.contact, a.status, a.created_at";

    @SqlQuery("SELECT " + APPOINTMENT + " FROM appointments a WHERE a.status = 'booked' AND a.starts_at >= :from"
            + " AND NOT EXISTS (SELECT 1 FROM reminders r WHERE r.appointment_id = a.id)")
    List<Appointment> unplanned(@Bind("from") String fromLocal);

    @SqlUpdate("INSERT INTO reminders (id, appointment_id, conversation_id, kind, due_at, status)"
            + " VALUES (:id, :appointment, :conversation, :kind, :due, :status) ON CONFLICT (id) DO NOTHING")
    void insert(@Bind("id") String id, @Bind("appointment") String appointmentId,
            @Bind("conversation") String conversationId, @Bind("kind") String kind, @Bind("due") String dueAt,
            @Bind("status") String status);

    @SqlQuery("SELECT r.id AS r_id, r.kind AS r_kind, r.due_at AS r_due_at, r.status AS r_status, " + APPOINTMENT
            + " FROM reminders r JOIN appointments a ON a.id = r.appointment_id"
            + " WHERE r.status = 'pending' AND r.due_at <= :now ORDER BY r.due_at")
    List<DueRow> due(@Bind("now") String now);

    @SqlUpdate("UPDATE reminders SET status = 'sent', sent_at = :at, claimed_by = :by"
            + " WHERE id = :id AND status = 'pending'")
    int claim(@Bind("id") String id, @Bind("by") String instance, @Bind("at") String at);

    @SqlUpdate("UPDATE reminders SET status = 'dropped' WHERE id = :id AND status = 'pending'")
    void drop(@Bind("id") String id);

    @SqlUpdate("DELETE FROM reminders WHERE conversation_id = :id")
    void deleteFor(@Bind("id") String conversationId);

    /** A due reminder's row: its own columns prefixed {@code r_}, then the appointment's. */
    record DueRow(String rId, String rKind, String rDueAt, String rStatus, String id, String conversationId,
            String centerId, String startsAt, String name, String contact, String status, String createdAt) {
    }
}
