package org.doyak.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doyak.testing.OnEachDatabase;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.doyak.testing.WebClient.Session;
import org.junit.jupiter.api.Test;

class ConcurrentTurnsIT extends OnEachDatabase {
    @Test
    void messages_sent_to_one_session_at_once_are_handled_one_after_the_other() throws Exception {
        try (TestServer server = TestServer.start(database())) {
            WebClient client = new WebClient(server.baseUrl());
            Session s = client.newSession("ko");
            int n = 12;
            List<Integer> statuses = sendAtOnce(n, i -> client.say(s, "안녕 " + i).status());
            statuses.forEach(status -> assertEquals(200, status));
            JsonNode history = client.history(s).body().path("messages");
            assertEquals(2 * n, history.size(), "each message and its one reply are stored");
            for (int i = 0; i < history.size(); i += 2) {
                assertEquals("user", history.get(i).path("from").asText(), "turns never interleave");
                assertEquals("bot", history.get(i + 1).path("from").asText(), "turns never interleave");
            }
        }
    }

    @Test
    void many_sessions_writing_at_once_never_fail_with_sqlite_busy() throws Exception {
        try (TestServer server = TestServer.start(database())) {
            WebClient client = new WebClient(server.baseUrl());
            List<Integer> statuses = sendAtOnce(16, i -> {
                Session s = client.newSession(i % 2 == 0 ? "ko" : "en");
                int worst = 200;
                for (int turn = 0; turn < 10; turn++) {
                    worst = Math.max(worst, client.say(s, turn % 2 == 0 ? "hello" : "/menu").status());
                }
                return worst;
            });
            statuses.forEach(status -> assertEquals(200, status));
        }
    }

    private interface Call {
        int run(int i) throws Exception;
    }

    private static List<Integer> sendAtOnce(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                go.await();
                return call.run(index);
            }));
        }
        go.countDown();
        List<Integer> out = new ArrayList<>();
        for (Future<Integer> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }
}
