package org.doyak.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doyak.handoff.StaffMember;
import org.doyak.handoff.StaffStore;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** {@link StaffStore} on Jdbi. */
public final class JdbiStaffStore implements StaffStore {
    private final Database db;

    /** Uses the given (migrated) database. */
    public JdbiStaffStore(Database db) {
        this.db = db;
        db.jdbi().registerRowMapper(ConstructorMapper.factory(StaffMember.class));
    }

    @Override
    public boolean add(String username, String role, String passwordHash, Instant at) {
        return db.write(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            if (dao.count(username) > 0) {
                return false;
            }
            dao.insert(username, role, passwordHash, Timestamps.iso(at));
            return true;
        });
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return db.jdbi().withExtension(StaffDao.class, dao -> dao.hash(username));
    }

    @Override
    public Optional<Instant> lockedUntil(String username) {
        return db.jdbi().withExtension(StaffDao.class, dao -> dao.lockedUntil(username)).map(Timestamps::parse);
    }

    @Override
    public void loginSucceeded(String username) {
        db.write(h -> {
            h.attach(StaffDao.class).failures(username, 0, null);
            return null;
        });
    }

    @Override
    public Optional<Instant> loginFailed(String username, int maxFailures, Instant lockUntil) {
        return db.write(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            int failures = dao.failures(username) + 1;
            boolean locked = failures >= maxFailures;
            dao.failures(username, locked ? 0 : failures, locked ? Timestamps.iso(lockUntil) : null);
            return locked ? Optional.of(lockUntil) : Optional.<Instant>empty();
        });
    }

    @Override
    public Optional<StaffMember> member(String username) {
        return db.jdbi().withExtension(StaffDao.class, dao -> dao.member(username));
    }

    @Override
    public List<StaffMember> all() {
        return db.jdbi().withExtension(StaffDao.class, StaffDao::all);
    }

    @Override
    public void startSession(String tokenHash, String username, Instant at, Instant expires) {
        db.write(h -> {
            h.attach(StaffDao.class).insertSession(tokenHash, username, Timestamps.iso(at), Timestamps.iso(expires));
            return null;
        });
    }

    @Override
    public Optional<StaffMember> session(String tokenHash, Instant now) {
        return db.jdbi().withExtension(StaffDao.class, dao -> dao.session(tokenHash, Timestamps.iso(now)));
    }

    @Override
    public void endSession(String tokenHash, Instant now) {
        db.write(h -> {
            h.attach(StaffDao.class).endSession(tokenHash, Timestamps.iso(now));
            return null;
        });
    }
}
