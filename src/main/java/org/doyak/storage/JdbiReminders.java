package org.doyak.storage;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.doyak.content.Appointment;
import org.doyak.content.Reminder;
import org.doyak.content.ReminderStore;
import org.doyak.privacy.ErasureStep;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * {@link ReminderStore} on Jdbi: the {@code reminders} table; claims are conditional updates. Its erasure
 * step deletes a conversation's reminders.
 */
public final class JdbiReminders implements ReminderStore, ErasureStep {
    private final Database db;

    /** Uses the migrated database; registers the row mappers it reads with. */
    public JdbiReminders(Database db) {
        this.db = db;
        db.jdbi().registerRowMapper(ConstructorMapper.factory(Appointment.class));
        db.jdbi().registerRowMapper(ConstructorMapper.factory(ReminderDao.DueRow.class));
    }

    @Override
    public List<Appointment> unplanned(String fromLocal) {
        return db.jdbi().withExtension(ReminderDao.class, dao -> dao.unplanned(fromLocal));
    }

    @Override
    public void plan(List<Reminder> reminders) {
        write(dao -> {
            reminders.forEach(r -> dao.insert(r.id(), r.appointment().id(), r.appointment().conversationId(),
                    r.kind(), Timestamps.iso(r.dueAt()), r.status()));
            return null;
        });
    }

    @Override
    public List<Reminder> due(Instant now) {
        return db.jdbi().withExtension(ReminderDao.class, dao -> dao.due(Timestamps.iso(now))).stream()
                .map(row -> new Reminder(row.rId(), row.rKind(), Timestamps.parse(row.rDueAt()), row.rStatus(),
                        new Appointment(row.id(), row.conversationId(), row.centerId(), row.startsAt(), row.name(),
                                row.contact(), row.status(), row.createdAt())))
                .toList();
    }

    @Override
    public boolean claim(String reminderId, String instance, Instant at) {
        return write(dao -> dao.claim(reminderId, instance, Timestamps.iso(at))) == 1;
    }

    @Override
    public void drop(String reminderId) {
        write(dao -> {
            dao.drop(reminderId);
            return null;
        });
    }

    @Override
    public void erase(String conversationId) {
        write(dao -> {
            dao.deleteFor(conversationId);
            return null;
        });
    }

    private <T> T write(Function<ReminderDao, T> work) {
        return db.write(h -> work.apply(h.attach(ReminderDao.class)));
    }
}
