package org.doyak.storage;

import org.doyak.content.Appointment;
import org.doyak.content.SeekerExport;
import org.doyak.content.SeekerRecords;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** {@link SeekerRecords} on the database: reads messages, appointments, callbacks and handoffs in one handle. */
public final class JdbiSeekerRecords implements SeekerRecords {
    private final Database db;

    /** Reads from {@code db} (migrated). */
    public JdbiSeekerRecords(Database db) {
        this.db = db;
        db.jdbi().registerRowMapper(ConstructorMapper.factory(Appointment.class));
        db.jdbi().registerRowMapper(ConstructorMapper.factory(SeekerExport.CallbackRequest.class));
        db.jdbi().registerRowMapper(ConstructorMapper.factory(SeekerExport.CounselorRequest.class));
    }

    @Override
    public SeekerExport.Records of(String conversationId) {
        return db.jdbi().withExtension(ExportDao.class, dao -> new SeekerExport.Records(dao.messages(conversationId),
                dao.firstMessageAt(conversationId), dao.lastMessageAt(conversationId),
                dao.appointments(conversationId), dao.callbacks(conversationId), dao.handoffs(conversationId)));
    }
}
