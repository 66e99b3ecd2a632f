package org.doyak.storage;

import java.util.List;
import java.util.function.Function;
import org.doyak.content.Appointment;
import org.doyak.content.Appointments;
import org.doyak.privacy.ErasureStep;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** {@link Appointments} on Jdbi; its erasure step removes a conversation's appointments. */
public final class JdbiAppointments implements Appointments, ErasureStep {
    private final Database db;
    private volatile boolean mapped;

    /** Uses the given database; nothing is touched until the first call. */
    public JdbiAppointments(Database db) {
        this.db = db;
    }

    @Override
    public boolean book(Appointment appointment) {
        return write(dao -> {
            if (dao.count(appointment.centerId(), appointment.startsAt()) > 0) {
                return false;
            }
            dao.insert(appointment);
            return true;
        });
    }

    @Override
    public List<Appointment> booked(String conversationId) {
        return read().withExtension(AppointmentDao.class, dao -> dao.booked(conversationId));
    }

    @Override
    public boolean taken(String centerId, String startsAt) {
        return read().withExtension(AppointmentDao.class, dao -> dao.count(centerId, startsAt)) > 0;
    }

    @Override
    public boolean cancel(String conversationId, String id) {
        return write(dao -> dao.cancel(conversationId, id) > 0);
    }

    @Override
    public List<Appointment> upcoming(String fromLocal) {
        return read().withExtension(AppointmentDao.class, dao -> dao.upcoming(fromLocal));
    }

    @Override
    public void erase(String conversationId) {
        write(dao -> {
            dao.deleteAppointments(conversationId);
            return null;
        });
    }

    private <T> T write(Function<AppointmentDao, T> work) {
        read();
        return db.write(h -> work.apply(h.attach(AppointmentDao.class)));
    }

    private Jdbi read() {
        if (!mapped) {
            db.jdbi().registerRowMapper(ConstructorMapper.factory(Appointment.class));
            mapped = true;
        }
        return db.jdbi();
    }
}
