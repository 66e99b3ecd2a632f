package org.doyak.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.doyak.testing.ServerProcess;
import org.doyak.testing.WebClient;
import org.doyak.testing.WebClient.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash in the middle of a burst: several widget sessions send messages at once to the real server process on
 * a SQLite file, the process is killed with SIGKILL while they are sending, and after a restart every message
 * that was acknowledged (200) is in its conversation's history exactly once; one that was in flight is there at
 * most once. The figures (acknowledged, lost, duplicated) go to the test log.
 */
class KillDuringBurstIT {
    private static final int SESSIONS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;
    @TempDir
    Path dir;

    @Test
    void every_message_acknowledged_before_a_kill_9_is_stored_exactly_once() throws Exception {
        int port = ServerProcess.freePort();
        String db = "jdbc:sqlite:" + dir.resolve("doyak.db");
        Path log = dir.resolve("server.log");
        Map<String, String> env = Map.of("DOYAK_RATE_LIMITS", "off");
        Map<Session, List<String>> acknowledged = new ConcurrentHashMap<>();
        Map<Session, List<String>> inFlight = new ConcurrentHashMap<>();
        AtomicInteger acks = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
        ServerProcess server = ServerProcess.start(port, db, log, env);
        ExecutorService seekers = Executors.newFixedThreadPool(SESSIONS);
        try {
            WebClient client = new WebClient(server.baseUrl());
            for (int s = 0; s < SESSIONS; s++) {
                Session session = client.newSession(s % 2 == 0 ? "ko" : "en");
                acknowledged.put(session, new ArrayList<>());
                inFlight.put(session, new ArrayList<>());
                int number = s;
                seekers.execute(() -> burst(client, session, number, acknowledged.get(session), inFlight.get(session),
                        acks, enough));
            }
            assertTrue(enough.await(120, TimeUnit.SECONDS), "the burst got going");
        } finally {
            server.kill();
            seekers.shutdown();
            assertTrue(seekers.awaitTermination(60, TimeUnit.SECONDS));
        }
        int acked = acks.get();
        int lost = 0;
        int duplicated = 0;
        int inFlightKept = 0;
        try (ServerProcess again = ServerProcess.start(port, db, log, env)) {
            WebClient client = new WebClient(again.baseUrl());
            for (Session session : acknowledged.keySet()) {
                Map<String, Integer> stored = new HashMap<>();
                client.history(session).body().path("messages").forEach(m -> {
                    if ("user".equals(m.path("from").asText())) {
                        stored.merge(m.path("text").asText(), 1, Integer::sum);
                    }
                });
                for (String text : acknowledged.get(session)) {
                    int times = stored.getOrDefault(text, 0);
                    lost += times == 0 ? 1 : 0;
                    duplicated += times > 1 ? 1 : 0;
                }
                for (String text : inFlight.get(session)) {
                    int times = stored.getOrDefault(text, 0);
                    inFlightKept += times;
                    duplicated += times > 1 ? 1 : 0;
                }
            }
        }
        System.out.printf("kill -9 during a burst: %d sessions, %d messages acknowledged, %d lost, %d duplicated;"
                + " %d in flight at the kill, %d of them stored%n", SESSIONS, acked, lost, duplicated,
                inFlight.values().stream().mapToInt(List::size).sum(), inFlightKept);
        assertTrue(acked >= ACKNOWLEDGED_BEFORE_KILL);
        assertEquals(0, lost, "acknowledged messages lost");
        assertEquals(0, duplicated, "messages stored twice");
    }

    /** Sends numbered messages until the server is gone; records each as acknowledged or in flight. */
    private static void burst(WebClient client, Session session, int number, List<String> acknowledged,
            List<String> inFlight, AtomicInteger acks, CountDownLatch enough) {
        for (int i = 0; ; i++) {
            String text = (number % 2 == 0 ? "버스트 메시지 " : "burst message ") + number + "-" + i;
            try {
                if (client.say(session, text).status() != 200) {
                    inFlight.add(text);
                    return;
                }
            } catch (RuntimeException serverGone) {
                inFlight.add(text);
                return;
            }
            acknowledged.add(text);
            acks.incrementAndGet();
            enough.countDown();
        }
    }
}
