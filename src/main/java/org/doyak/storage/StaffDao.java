package org.doyak.storage;

import java.util.List;
import java.util.Optional;
import org.doyak.handoff.StaffMember;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** SQL for staff accounts and their console sessions. */
interface StaffDao {

    @SqlUpdate("INSERT INTO staff (username, role, password_hash, failed_logins, locked_until, created_at)"
            + " VALUES (:username, :role, :hash, 0, NULL, :at)")
    void insert(@Bind("username") String username, @Bind("role") String role, @Bind("hash") String hash,
            @Bind("at") String at);

    @SqlUpdate("INSERT INTO staff_centers (username, center) VALUES (:username, :center)")
    void insertCenter(@Bind("username") String username, @Bind("center") String center);

    @SqlQuery("SELECT center FROM staff_centers WHERE username = :username ORDER BY center")
    List<String> centers(@Bind("username") String username);

    @SqlQuery("SELECT COUNT(*) FROM staff WHERE username = :username")
    int count(@Bind("username") String username);

    @SqlQuery("SELECT password_hash FROM staff WHERE username = :username")
    Optional<String> hash(@Bind("username") String username);

    @SqlQuery("SELECT username, role FROM staff WHERE username = :username")
    Optional<StaffMember> member(@Bind("username") String username);

    @SqlQuery("SELECT username, role FROM staff ORDER BY username")
    List<StaffMember> all();

    @SqlUpdate("INSERT INTO staff_sessions (token_hash, username, created_at, expires_at)"
            + " VALUES (:hash, :username, :at, :expires)")
    void insertSession(@Bind("hash") String tokenHash, @Bind("username") String username, @Bind("at") String at,
            @Bind("expires") String expires);

    @SqlQuery("SELECT s.username, s.role FROM staff_sessions x JOIN staff s ON s.username = x.username"
            + " WHERE x.token_hash = :hash AND x.expires_at > :now")
    Optional<StaffMember> session(@Bind("hash") String tokenHash, @Bind("now") String now);

    @SqlUpdate("DELETE FROM staff_sessions WHERE token_hash = :hash OR expires_at <= :now")
    void endSession(@Bind("hash") String tokenHash, @Bind("now") String now);
}
