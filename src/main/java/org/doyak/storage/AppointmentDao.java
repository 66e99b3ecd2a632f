package org.doyak.storage;

import java.util.List;
import org.doyak.content.Appointment;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for appointments and for erasing a seeker's data. Portable across SQLite and PostgreSQL. */
interface AppointmentDao {

    @SqlUpdate("INSERT INTO appointments (id, conversation_id, center_id, starts_at, name, contact, status,"
            + " created_at) VALUES (:id, :conversationId, :centerId, :startsAt, :name, :contact, :status, :createdAt)")
    void insert(@BindMethods Appointment appointment);

    @SqlQuery("SELECT COUNT(*) FROM appointments WHERE center_id = :center AND starts_at = :at AND status = 'booked'")
    int count(@Bind("center") String centerId, @Bind("at") String startsAt);

    @SqlQuery("SELECT contact FROM appointments WHERE starts_at >= :from AND status = 'booked'")
    List<String> bookedContactsFrom(@Bind("from") String fromLocal);

    @SqlQuery("SELECT * FROM appointments WHERE conversation_id = :id AND status = 'booked' ORDER BY starts_at")
    List<Appointment> booked(@Bind("id") String conversationId);

    @SqlQuery("SELECT * FROM appointments WHERE starts_at >= :from AND status = 'booked' ORDER BY starts_at")
    List<Appointment> upcoming(@Bind("from") String fromLocal);

    @SqlUpdate("UPDATE appointments SET status = 'cancelled' WHERE id = :id AND conversation_id = :conversation"
            + " AND status = 'booked'")
    int cancel(@Bind("conversation") String conversationId, @Bind("id") String id);

    @SqlUpdate("DELETE FROM appointments WHERE conversation_id = :id")
    void deleteAppointments(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM messages WHERE conversation_id = :id")
    void deleteMessages(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM unrecognised WHERE conversation_id = :id")
    void deleteUnrecognised(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM callbacks WHERE conversation_id = :id")
    void deleteCallbacks(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM handoff_notes WHERE handoff_id IN (SELECT id FROM handoffs WHERE conversation_id = :id)")
    void deleteHandoffNotes(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM handoffs WHERE conversation_id = :id")
    void deleteHandoffs(@Bind("id") String conversationId);

    @SqlUpdate("UPDATE conversations SET external_id = 'erased:' || id WHERE id = :id AND channel <> 'web'")
    void forgetChannelId(@Bind("id") String conversationId);

    @SqlUpdate("UPDATE conversations SET slots = '{}' WHERE id = :id")
    void clearSlots(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM telegram_links WHERE conversation_id = :id")
    void deleteTelegramLinks(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM turn_steps WHERE conversation_id = :id")
    void deleteTurnSteps(@Bind("id") String conversationId);

    @SqlUpdate("DELETE FROM turn_events WHERE conversation_id = :id")
    void deleteTurnEvents(@Bind("id") String conversationId);
}
