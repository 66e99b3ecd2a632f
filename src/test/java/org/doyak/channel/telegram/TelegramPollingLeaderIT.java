package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.doyak.storage.AdvisoryLocks;
import org.doyak.testing.Eventually;
import org.doyak.testing.TestDatabase;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Telegram long polling with two instances on one PostgreSQL database: exactly one polls; when it stops another
 * takes over, and an instance that loses its database session stops polling and campaigns again. Each instance
 * talks to its own Bot API stand-in, so the stand-ins show who polls.
 */
class TelegramPollingLeaderIT {
    private static final long LEADER_KEY = AdvisoryLocks.key("leader", "telegram-polling:123");
    private final Updates updates = new Updates();
    private final FakeBotApi apiA = new FakeBotApi();
    private final FakeBotApi apiB = new FakeBotApi();
    private final TestDatabase database = TestDatabase.postgres();
    private TestServer a;
    private TestServer b;

    @AfterEach
    void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        database.close();
        apiA.close();
        apiB.close();
    }

    @Test
    void one_instance_polls_and_another_takes_over_when_it_stops() throws Exception {
        a = TestServer.start(database, TelegramLongPollingIT.config(apiA, Map.of()));
        b = TestServer.start(database, TelegramLongPollingIT.config(apiB, Map.of()));
        Eventually.until(() -> apiA.polls().size() + apiB.polls().size(), n -> n > 0, Duration.ofSeconds(20),
                "one instance polling");
        boolean aLeads = !apiA.polls().isEmpty();
        FakeBotApi leaderApi = aLeads ? apiA : apiB;
        FakeBotApi followerApi = aLeads ? apiB : apiA;
        long since = leaderApi.polls().get(0);
        Eventually.until(() -> leaderApi.polls(), p -> p.get(p.size() - 1) - since > 3 * 1000,
                Duration.ofSeconds(20), "the leader polling for three of the follower's campaign checks");
        assertEquals(0, followerApi.polls().size(), "only the leader polls");

        followerApi.deliver(updates.text(42, "ko", "/start"));
        long stopped = System.currentTimeMillis();
        if (aLeads) {
            a.close();
            a = null;
        } else {
            b.close();
            b = null;
        }
        assertTrue(followerApi.await("sendMessage", 1).get(0).body().path("text").asText().contains("도약"),
                "the new leader answers");
        assertTrue(followerApi.polls().get(0) >= stopped, "the follower began polling only after the leader stopped");
    }

    @Test
    void an_instance_that_loses_its_database_session_stops_polling_and_is_elected_again() throws Exception {
        a = TestServer.start(database, TelegramLongPollingIT.config(apiA, Map.of()));
        Eventually.until(() -> apiA.polls().size(), n -> n > 0, Duration.ofSeconds(20), "polling");
        int ended = leaderSession();
        assertTrue(ended > 0, "the leader holds the lock");
        assertEquals(1, query("SELECT CASE WHEN pg_terminate_backend(CAST(? AS INTEGER)) THEN 1 ELSE 0 END", ended),
                "the leader's session is ended");
        Eventually.until(this::leaderSession, pid -> pid > 0 && pid != ended, Duration.ofSeconds(20),
                "the lock taken again on a new session");
        apiA.deliver(updates.text(43, "ko", "/start"));
        assertTrue(apiA.await("sendMessage", 1).get(0).body().path("text").asText().contains("도약"),
                "polling goes on after the new election");
    }

    /** The process id of the session holding the polling lock, 0 when none does. */
    private int leaderSession() {
        return query("SELECT COALESCE(MAX(pid), 0) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                + " AND classid = ? AND objid = ? AND objsubid = 1", LEADER_KEY >>> 32, LEADER_KEY & 0xffffffffL);
    }

    private int query(String sql, long... args) {
        try (Connection c = DriverManager.getConnection(a.databaseUrl());
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setLong(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
