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
}
