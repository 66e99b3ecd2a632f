package org.doyak.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.doyak.handoff.StaffMember;
import org.doyak.handoff.StaffStore;

/** {@link StaffStore} on Jdbi. */
public final class JdbiStaffStore implements StaffStore {
    private final LoginThrottle throttle;
    private final Database db;

    /** Uses the given (migrated) database. */
    public JdbiStaffStore(Database db) {
        this.throttle = new LoginThrottle(db);
        this.db = db;
        db.jdbi().registerRowMapper(StaffMember.class,
                (rs, ctx) -> new StaffMember(rs.getString("username"), rs.getString("role"), List.of()));
    }

    @Override
    public boolean add(String username, String role, String passwordHash, Instant at, List<String> centers) {
        return db.write(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            if (dao.count(username) > 0) {
                return false;
            }
            dao.insert(username, role, passwordHash, Timestamps.iso(at));
            centers.stream().distinct().forEach(center -> dao.insertCenter(username, center));
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
        return db.jdbi().withExtension(StaffDao.class, dao -> dao.member(username).map(m -> withCenters(dao, m)));
    }

    @Override
    public List<StaffMember> all() {
        return db.jdbi().withExtension(StaffDao.class, dao -> dao.all().stream().map(m -> withCenters(dao, m))
                .toList());
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
        return db.jdbi().withExtension(StaffDao.class, dao -> dao.session(tokenHash, Timestamps.iso(now))
                .map(m -> withCenters(dao, m)));
    }

    @Override
    public void endSession(String tokenHash, Instant now) {
        db.write(h -> {
            h.attach(StaffDao.class).endSession(tokenHash, Timestamps.iso(now));
            return null;
        });
    }

    private static StaffMember withCenters(StaffDao dao, StaffMember m) {
        return new StaffMember(m.username(), m.role(), dao.centers(m.username()));
    }
}
