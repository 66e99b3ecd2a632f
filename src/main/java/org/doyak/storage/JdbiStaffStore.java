package org.doyak.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doyak.handoff.StaffMember;
import org.doyak.handoff.StaffStore;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** {@link StaffStore} on Jdbi. */
public final class JdbiStaffStore implements StaffStore {
    private final LoginThrottle throttle;
    private final Database db;

    /** Uses the given (migrated) database. */
    public JdbiStaffStore(Database db) {
        this.throttle = new LoginThrottle(db);
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
    public Optional<Duration> reserveLogin(String username, String clientAddress, Instant now) {
        return throttle.reserve(username, clientAddress, now);
    }

    @Override
    public void loginSucceeded(String username, String clientAddress, Instant now) {
        throttle.succeeded(username, clientAddress, now);
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
