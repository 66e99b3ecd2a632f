package org.doyak.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doyak.conversation.Mode;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiConversationStore;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.OnEachDatabase;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.Test;

/** Handoffs end to end: a widget seeker, a counselor's console, the queue, hours and crisis. */
class HandoffIT extends OnEachDatabase {
    /** Monday 9 March 2026, 10:00 in Seoul. */
    static final Clock MONDAY_10 = Clock.fixed(Instant.parse("2026-03-09T01:00:00Z"), ZoneOffset.UTC);
    /** Saturday 7 March 2026, 10:00 in Seoul. */
    static final Clock SATURDAY_10 = Clock.fixed(Instant.parse("2026-03-07T01:00:00Z"), ZoneOffset.UTC);
    /** Tuesday 10 March 2026, 03:00 in Seoul. */
    static final Clock TUESDAY_03 = Clock.fixed(Instant.parse("2026-03-09T18:00:00Z"), ZoneOffset.UTC);
    static final String PASSWORD = "correct horse battery";


    static void addStaff(TestServer server, String name, String role) {
        server.addStaff(name, role, PASSWORD);
    }

    static Mode mode(TestServer server, String conversationId) {
        try (Database db = server.openDatabase()) {
            return new JdbiConversationStore(db, lang -> "").find(conversationId).orElseThrow().mode();
        }
    }

    static String texts(WebClient.Response r) {
        StringBuilder all = new StringBuilder();
        r.body().path("messages").forEach(m -> all.append(m.path("text").asText()).append('\n'));
        return all.toString();
    }

    static WebClient.Session askForCounselor(WebClient web) {
        WebClient.Session s = web.newSession("ko");
        web.press(s, "counselor");
        return s;
    }

    @Test
    void widget_seeker_is_handed_off_answered_and_returned_to_the_bot() throws Exception {
        try (TestServer server = TestServer.start(database(), MONDAY_10, "Mon-Fri 09:00-18:00")) {
            addStaff(server, "kim", "counselor");
            WebClient web = new WebClient(server.baseUrl());
            ConsoleClient console = new ConsoleClient(server.baseUrl());
            assertEquals(200, console.login("kim", PASSWORD).status());
            String ws = server.baseUrl().replace("http", "ws");
            Sockets consoleSocket = Sockets.open(console.http(), ws + "/ws/console");
            WebClient.Session s = askForCounselor(web);
            Sockets widget = Sockets.open(HttpClient.newHttpClient(), ws + "/ws/web/" + s.id() + "?token=" + s.token());

            WebClient.Response yes = web.press(s, "yes");
            assertTrue(texts(yes).contains("상담사에게 연결을 요청했어요"), texts(yes));
            assertEquals(Mode.WAITING, mode(server, s.id()));
            JsonNode waiting = console.get("/api/console/handoffs?status=waiting").body().path("handoffs");
            assertEquals(1, waiting.size());
            String id = waiting.get(0).path("id").asText();
            assertEquals(s.id(), waiting.get(0).path("conversationId").asText());
            assertEquals("web", waiting.get(0).path("channel").asText());
            String reply = texts(yes);
            assertTrue(reply.contains("대기 순서는 1번째") && reply.indexOf("상담사에게 연결을 요청했어요") < reply.indexOf("대기 순서는 1번째"),
                    "the queue position comes in the reply, after the request is confirmed: " + reply);

            long sent = System.nanoTime();
            WebClient.Response meanwhile = web.say(s, "아직인가요?");
            long toConsole = consoleSocket.await(f -> f.path("message").path("text").asText().equals("아직인가요?"))
                    .nanos() - sent;
            assertTrue(texts(meanwhile).contains("기다려 주세요"), texts(meanwhile));

            assertEquals(200, console.post("/api/console/handoffs/" + id + "/claim", "{}").status());
            assertEquals(Mode.COUNSELOR, mode(server, s.id()));
            widget.await(f -> f.path("message").path("text").asText().contains("상담사가 연결되었어요"));
            long replied = System.nanoTime();
            assertEquals(200, console.post("/api/console/handoffs/" + id + "/messages",
                    "{\"text\":\"안녕하세요, 상담사 김입니다.\"}").status());
            long toWidget = widget.await(f -> "counselor".equals(f.path("message").path("from").asText())).nanos()
                    - replied;
            WebClient.Response quiet = web.say(s, "실업급여 문의예요");
            assertEquals(0, quiet.body().path("messages").size(), "the bot stays quiet with a counselor");

            JsonNode detail = console.get("/api/console/handoffs/" + id).body();
            assertTrue(detail.path("messages").toString().contains("실업급여 문의예요"));
            assertEquals(200, console.post("/api/console/handoffs/" + id + "/close", "{\"note\":\"안내함\"}").status());
            assertEquals(Mode.BOT, mode(server, s.id()));
            widget.await(f -> f.path("message").path("text").asText().contains("상담이 도움이 되셨나요"));
            WebClient.Response back = web.press(s, "good");
            assertTrue(texts(back).contains("의견 감사합니다"), texts(back));
            assertEquals("closed", console.get("/api/console/handoffs/" + id).body().path("status").asText());
            System.out.printf("LATENCY seeker->console %.1f ms, counselor->widget %.1f ms%n", toConsole / 1e6,
                    toWidget / 1e6);
        }
    }

    @Test
    void two_counselors_cannot_claim_the_same_handoff() throws Exception {
        try (TestServer server = TestServer.start(database(), MONDAY_10, "always")) {
            addStaff(server, "kim", "counselor");
            addStaff(server, "lee", "counselor");
            WebClient web = new WebClient(server.baseUrl());
            web.press(askForCounselor(web), "yes");
            ConsoleClient kim = new ConsoleClient(server.baseUrl());
            ConsoleClient lee = new ConsoleClient(server.baseUrl());
            kim.login("kim", PASSWORD);
            lee.login("lee", PASSWORD);
            String id = kim.get("/api/console/handoffs").body().path("handoffs").get(0).path("id").asText();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Integer>> claims = List.of(
                    () -> kim.post("/api/console/handoffs/" + id + "/claim", "{}").status(),
                    () -> lee.post("/api/console/handoffs/" + id + "/claim", "{}").status());
            List<Integer> statuses = pool.invokeAll(claims).stream().map(HandoffIT::get).sorted().toList();
            pool.shutdown();
            assertEquals(List.of(200, 409), statuses);
        }
    }

    @Test
    void handoff_outside_hours_offers_a_callback_and_queues_nothing() {
        try (TestServer server = TestServer.start(database(), SATURDAY_10, "Mon-Fri 09:00-18:00")) {
            addStaff(server, "kim", "counselor");
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = askForCounselor(web);
            WebClient.Response yes = web.press(s, "yes");
            String said = texts(yes);
            assertTrue(said.contains("3월 9일 (월) 09:00"), said);
            assertFalse(said.contains("상담사에게 연결을 요청했어요"), "never a queue notice and an away notice");
            assertEquals(1, yes.body().path("messages").size(), said);
            assertEquals(Mode.BOT, mode(server, s.id()));
            web.press(s, "callback");
            web.say(s, "010-1234-5678");
            assertTrue(texts(web.press(s, "morning")).contains("전화 상담 요청을 받았어요"));
            ConsoleClient console = new ConsoleClient(server.baseUrl());
            console.login("kim", PASSWORD);
            assertEquals(0, console.get("/api/console/handoffs?status=waiting").body().path("handoffs").size());
            JsonNode callbacks = console.get("/api/console/callbacks").body().path("callbacks");
            assertEquals("010-1234-5678", callbacks.get(0).path("contact").asText());
        }
    }

    @Test
    void crisis_message_at_3am_shows_contacts_and_jumps_the_queue() {
        try (TestServer server = TestServer.start(database(), TUESDAY_03, "Mon-Fri 09:00-18:00")) {
            addStaff(server, "kim", "counselor");
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session calm = web.newSession("ko");
            WebClient.Session crisis = web.newSession("ko");
            WebClient.Response r = web.say(crisis, "요즘 너무 힘들어서 죽고싶어요");
            assertTrue(texts(r).contains("109") && texts(r).contains("1577-0199"), texts(r));
            assertEquals(Mode.WAITING, mode(server, crisis.id()));
            assertEquals(Mode.BOT, mode(server, calm.id()));
            ConsoleClient console = new ConsoleClient(server.baseUrl());
            console.login("kim", PASSWORD);
            JsonNode first = console.get("/api/console/handoffs?status=waiting").body().path("handoffs").get(0);
            assertEquals(crisis.id(), first.path("conversationId").asText());
            assertEquals("crisis", first.path("reason").asText());
            assertEquals(Handoff.HIGH, first.path("priority").asInt());
        }
    }

    @Test
    void seeker_can_cancel_while_waiting() {
        try (TestServer server = TestServer.start(database(), MONDAY_10, "always")) {
            addStaff(server, "kim", "counselor");
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = askForCounselor(web);
            web.press(s, "yes");
            assertTrue(texts(web.say(s, "/cancel")).contains("취소했어요"));
            assertEquals(Mode.BOT, mode(server, s.id()));
            ConsoleClient console = new ConsoleClient(server.baseUrl());
            console.login("kim", PASSWORD);
            assertEquals(0, console.get("/api/console/handoffs?status=waiting").body().path("handoffs").size());
            assertEquals("cancelled", console.get("/api/console/handoffs?status=closed").body().path("handoffs")
                    .get(0).path("status").asText());
        }
    }

    private static Integer get(Future<Integer> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
