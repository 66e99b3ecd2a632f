package org.doyak.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.TestDatabase;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the real service on one PostgreSQL database, as behind a load balancer: a seeker's turns
 * land on either, and pushes reach sockets the other instance holds (LISTEN/NOTIFY).
 */
class TwoInstancesIT {
    private TestDatabase database;
    private TestServer a;
    private TestServer b;

    @BeforeEach
    void start() {
        database = TestDatabase.postgres();
        a = TestServer.start(database, Clock.systemUTC(), "always");
        b = TestServer.start(database, Clock.systemUTC(), "always");
    }

    @AfterEach
    void stop() {
        b.close();
        a.close();
        database.close();
    }

    private static List<String> userTexts(WebClient.Response history) {
        List<String> texts = new ArrayList<>();
        history.body().path("messages").forEach(m -> {
            if ("user".equals(m.path("from").asText())) {
                texts.add(m.path("text").asText());
            }
        });
        return texts;
    }

    @Test
    void a_seekers_turns_on_either_instance_stay_in_order() throws Exception {
        WebClient onA = new WebClient(a.baseUrl());
        WebClient onB = new WebClient(b.baseUrl());
        WebClient.Session s = onA.newSession("ko");
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String text = "질문 " + i + " 실업급여";
            sent.add(text);
            WebClient.Response r = (i % 2 == 0 ? onA : onB).say(s, text);
            assertEquals(200, r.status(), r.toString());
            assertTrue(r.body().path("messages").size() > 0, "every turn is answered: " + r);
        }
        assertEquals(sent, userTexts(onB.history(s)));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> turns = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            WebClient client = i % 2 == 0 ? onA : onB;
            String text = "동시 " + i;
            turns.add(() -> client.say(s, text).status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(turns)) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertTrue(statuses.stream().allMatch(st -> st == 200), "every concurrent turn is stored: " + statuses);
        JsonNode fromA = onA.history(s).body().path("messages");
        assertEquals(fromA, onB.history(s).body().path("messages"), "both instances read the same conversation");
        List<String> users = userTexts(onA.history(s));
        assertEquals(6 + 16, users.size(), users.toString());
        for (int i = 0; i < 16; i++) {
            assertTrue(users.contains("동시 " + i), "turn " + i + " kept: " + users);
        }
        for (int i = 0; i + 1 < fromA.size(); i++) {
            if ("user".equals(fromA.get(i).path("from").asText())) {
                assertNotEquals("user", fromA.get(i + 1).path("from").asText(),
                        "each turn's replies follow its message before the next turn: " + fromA);
            }
        }
    }

    @Test
    void pushes_reach_the_console_and_the_widget_held_by_the_other_instance() throws Exception {
        a.addStaff("kim", "counselor", HandoffIT.PASSWORD);
        WebClient seekerOnA = new WebClient(a.baseUrl());
        ConsoleClient consoleOnB = new ConsoleClient(b.baseUrl());
        assertEquals(200, consoleOnB.login("kim", HandoffIT.PASSWORD).status());
        Sockets console = Sockets.open(consoleOnB.http(), b.baseUrl().replace("http", "ws") + "/ws/console");
        WebClient.Session s = HandoffIT.askForCounselor(seekerOnA);
        Sockets widget = Sockets.open(HttpClient.newHttpClient(),
                a.baseUrl().replace("http", "ws") + "/ws/web/" + s.id() + "?token=" + s.token());

        seekerOnA.press(s, "yes");
        JsonNode opened = console.await(f -> "handoff".equals(f.path("type").asText())).json().path("handoff");
        assertEquals(s.id(), opened.path("conversationId").asText());
        seekerOnA.say(s, "아직인가요?");
        console.await(f -> f.path("message").path("text").asText().equals("아직인가요?"));

        String id = opened.path("id").asText();
        assertEquals(200, consoleOnB.post("/api/console/handoffs/" + id + "/claim", "{}").status());
        widget.await(f -> f.path("message").path("text").asText().contains("상담사가 연결되었어요"));
        assertEquals(200, consoleOnB.post("/api/console/handoffs/" + id + "/messages",
                "{\"text\":\"" + "안녕하세요, 상담사 김입니다. ".repeat(200) + "\"}").status());
        JsonNode answer = widget.await(f -> "counselor".equals(f.path("message").path("from").asText())).json();
        assertTrue(answer.path("message").path("text").asText().startsWith("안녕하세요, 상담사 김입니다."),
                "a long answer (more than one notification) arrives whole: " + answer);
    }
}
