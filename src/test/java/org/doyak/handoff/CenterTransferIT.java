package org.doyak.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.doyak.AppConfig;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.Folders;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Between two centers (Jeonbuk 09:00–18:00, Incheon Seo-gu 13:00–22:00 with two counselors): a counselor
 * transfers a handoff with its context, a seeker whose center is closed is offered a callback or the open
 * team now, a crisis goes to whoever is on duty, and estimates count each center's counselors.
 */
class CenterTransferIT {
    /** Monday 7 December 2026 from 14:00 in Korea, ticking (queue order follows arrival): both centers are in. */
    private static final Clock BOTH_OPEN = Clock.offset(Clock.systemUTC(),
            Duration.between(Instant.now(), Instant.parse("2026-12-07T05:00:00Z")));
    /** The same Monday, 20:00: Jeonbuk is closed, Incheon Seo-gu is in until 22:00. */
    private static final Clock EVENING = Clock.fixed(Instant.parse("2026-12-07T11:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    private TestServer start(Clock clock) throws IOException {
        Path copy = Folders.copy(TestServer.DIALOGS, dir.resolve("dialogs"));
        Path centers = copy.resolve("content/centers.yaml");
        Files.writeString(centers, Files.readString(centers).replace("  - id: incheon_seogu\n",
                "  - id: incheon_seogu\n    schedule:\n      hours: \"Mon-Fri 13:00-22:00\"\n      counselors: 2\n"));
        TestServer server = TestServer.start(dir, AppConfig.from(Map.of(), Map.of()), copy, clock);
        server.addStaff("jb", "counselor", HandoffIT.PASSWORD, List.of("jeonbuk"));
        server.addStaff("sg", "counselor", HandoffIT.PASSWORD, List.of("incheon_seogu"));
        return server;
    }

    private static WebClient.Session seeker(WebClient web, String center, String lang) {
        WebClient.Response created = web.send("POST", "/api/web/sessions",
                "{\"center\":\"" + center + "\",\"lang\":\"" + lang + "\"}", null);
        return new WebClient.Session(created.body().path("sessionId").asText(), created.body().path("token").asText());
    }

    private static ConsoleClient login(TestServer server, String name) {
        ConsoleClient c = new ConsoleClient(server.baseUrl());
        c.login(name, HandoffIT.PASSWORD);
        return c;
    }

    /** Asks for a counselor and says yes; returns the answer to the yes. */
    private static WebClient.Response askForCounselor(WebClient web, WebClient.Session s) {
        web.press(s, "counselor");
        return web.press(s, "yes");
    }

    private static List<String> queue(ConsoleClient console) {
        return console.get("/api/console/handoffs").body().path("handoffs").findValuesAsText("center");
    }

    @Test
    void a_transfer_carries_the_context_to_the_other_centers_queue_and_tells_the_seeker() throws Exception {
        try (TestServer server = start(BOTH_OPEN)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = seeker(web, "jeonbuk", "en");
            web.say(s, "I need help with my resume");
            askForCounselor(web, s);
            ConsoleClient jb = login(server, "jb");
            ConsoleClient sg = login(server, "sg");
            String id = jb.get("/api/console/handoffs").body().path("handoffs").get(0).path("id").asText();
            assertEquals(200, jb.post("/api/console/handoffs/" + id + "/claim", "{}").status());
            Sockets sgSocket = Sockets.open(sg.http(), server.baseUrl().replace("http", "ws") + "/ws/console");
            Sockets jbSocket = Sockets.open(jb.http(), server.baseUrl().replace("http", "ws") + "/ws/console");
            Sockets widget = Sockets.open(HttpClient.newHttpClient(), server.baseUrl().replace("http", "ws")
                    + "/ws/web/" + s.id() + "?token=" + s.token());
            WebClient.Response unknown = jb.post("/api/console/handoffs/" + id + "/transfer", "{\"center\":\"busan\"}");
            assertEquals(400, unknown.status(), unknown.body().toString());
            WebClient.Response moved = jb.post("/api/console/handoffs/" + id + "/transfer",
                    "{\"center\":\"incheon_seogu\",\"note\":\"lives in Seo-gu now\"}");
            assertEquals(200, moved.status(), moved.body().toString());
            for (Sockets socket : List.of(sgSocket, jbSocket)) {
                socket.await(f -> "handoff".equals(f.path("type").asText())
                        && "incheon_seogu".equals(f.path("handoff").path("center").asText()));
            }
            assertEquals(List.of(), queue(jb));
            assertEquals(List.of("incheon_seogu"), queue(sg));
            JsonNode detail = sg.get("/api/console/handoffs/" + id).body();
            assertEquals("waiting", detail.path("status").asText());
            assertTrue(detail.path("summary").asText().contains("resume"), detail.toString());
            assertTrue(detail.path("messages").toString().contains("I need help with my resume"));
            assertTrue(detail.path("notes").toString().contains("jeonbuk → incheon_seogu: lives in Seo-gu now"),
                    detail.path("notes").toString());
            widget.await(f -> f.path("message").path("text").asText().contains("Seo-gu Business & Job Support"));
            String told = HandoffIT.texts(web.history(s));
            assertTrue(told.contains("passed to the Seo-gu Business & Job Support Center (Incheon) team"), told);
            assertEquals(200, sg.post("/api/console/handoffs/" + id + "/claim", "{}").status());
        }
    }

    @Test
    void a_closed_center_offers_its_callback_or_the_open_team_now() throws IOException {
        try (TestServer server = start(EVENING)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = seeker(web, "jeonbuk", "ko");
            WebClient.Response offer = askForCounselor(web, s);
            String text = HandoffIT.texts(offer);
            assertTrue(text.contains("돌아와요") && text.contains("서구 기업&일자리 지원센터 상담팀"), text);
            String buttons = offer.body().toString();
            assertTrue(buttons.contains("\"payload\":\"callback\""), buttons);
            assertTrue(buttons.contains("\"payload\":\"counselor_now\""), buttons);
            assertEquals(List.of(), queue(login(server, "sg")), "nothing queued until the seeker chooses");
            String queued = HandoffIT.texts(web.press(s, "counselor_now"));
            assertTrue(queued.contains("대기 순서는 1번째"), queued);
            assertEquals(List.of("incheon_seogu"), queue(login(server, "sg")));
            assertEquals(List.of(), queue(login(server, "jb")));
        }
    }

    @Test
    void a_crisis_at_a_closed_center_goes_at_once_to_the_team_on_duty() throws IOException {
        try (TestServer server = start(EVENING)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = seeker(web, "jeonbuk", "ko");
            assertTrue(HandoffIT.texts(web.say(s, "요즘 너무 힘들어서 죽고싶어요")).contains("109"));
            JsonNode row = login(server, "sg").get("/api/console/handoffs").body().path("handoffs").get(0);
            assertEquals("crisis", row.path("reason").asText());
            assertEquals("incheon_seogu", row.path("center").asText());
        }
    }

    @Test
    void the_wait_estimate_counts_the_centers_counselors_and_figures_are_per_center() throws IOException {
        try (TestServer server = start(BOTH_OPEN)) {
            WebClient web = new WebClient(server.baseUrl());
            String last = "";
            for (int i = 0; i < 3; i++) {
                last = HandoffIT.texts(askForCounselor(web, seeker(web, "incheon_seogu", "ko")));
            }
            assertTrue(last.contains("3번째") && last.contains("약 8분"), "3 × 5 min / 2 counselors: " + last);
            JsonNode centers = login(server, "sg").get("/api/console/centers").body();
            assertEquals("[\"incheon_seogu\"]", centers.path("mine").toString());
            JsonNode seogu = null;
            for (JsonNode c : centers.path("centers")) {
                seogu = "incheon_seogu".equals(c.path("id").asText()) ? c : seogu;
            }
            assertTrue(seogu != null && seogu.path("open").asBoolean(), centers.toString());
            assertEquals(2, seogu.path("counselors").asInt());
            assertEquals(3, seogu.path("waiting").path("waitingNow").asInt());
            server.addStaff("boss", "admin", HandoffIT.PASSWORD);
            JsonNode stats = login(server, "boss").get("/api/admin/stats?days=1").body();
            assertEquals("incheon_seogu", stats.path("centers").get(0).path("center").asText(), stats.toString());
            assertEquals(3, stats.path("centers").get(0).path("handoffs").asInt());
            assertTrue(stats.path("centerNames").path("incheon_seogu").path("ko").asText().contains("서구"));
        }
    }
}
