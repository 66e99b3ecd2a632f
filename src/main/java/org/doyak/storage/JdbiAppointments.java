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

    /**
     * Uses the given database (null only where the instance is never called, as for action names). The
     * row mapper is registered here: a turn's open handle copies the configuration when it opens, so a
     * mapper registered on first use would be missing from the turn that first used it.
     */
    public JdbiAppointments(Database db) {
        this.db = db;
        if (db != null) {
            db.jdbi().registerRowMapper(ConstructorMapper.factory(Appointment.class));
        }
    }

    @Override
    public Outcome book(Appointment appointment) {
        String contact = ContactKey.of(appointment.contact());
        String now = ContactKey.localMinute(appointment.createdAt());
        return write(dao -> {
            if (dao.count(appointment.centerId(), appointment.startsAt()) > 0) {
                return Outcome.SLOT_TAKEN;
            }
            if (!contact.isEmpty() && dao.bookedContactsFrom(now).stream().map(ContactKey::of)
                    .anyMatch(contact::equals)) {
                return Outcome.CONTACT_HAS_ONE;
            }
            dao.insert(appointment);
            return Outcome.BOOKED;
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
        return db.write(h -> work.apply(h.attach(AppointmentDao.class)));
    }

    private Jdbi read() {
        return db.jdbi();
    }
}
