package org.doyak.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * Two centers with different counselor hours (Jeonbuk 09:00–18:00, Incheon Seo-gu 13:00–22:00): each
 * seeker's handoff goes to their own center's queue, with its own place in line, and a seeker whose center
 * is closed is told when it opens and offered a callback.
 */
class CenterQueuesIT {
    /** Monday 7 December 2026, 14:00 in Korea: both centers' counselors are in. */
    static final Clock BOTH_OPEN = Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC);
    /** The same Monday, 10:00: Jeonbuk is open, Incheon Seo-gu opens at 13:00. */
    static final Clock ONE_OPEN = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    /** The repository's dialogs with Incheon Seo-gu's counselors in 13:00–22:00, copied under {@code dir}. */
    static Path dialogs(Path dir) throws IOException {
        Path copy = Folders.copy(TestServer.DIALOGS, dir.resolve("dialogs"));
        Path centers = copy.resolve("content/centers.yaml");
        String text = Files.readString(centers).replace("  - id: incheon_seogu\n",
                "  - id: incheon_seogu\n    schedule:\n      hours: \"Mon-Fri 13:00-22:00\"\n");
        Files.writeString(centers, text);
        return copy;
    }

    /** The service on those dialogs, at {@code clock}'s time. */
    static TestServer start(Path dir, Clock clock) throws IOException {
        return TestServer.start(dir, AppConfig.from(Map.of(), Map.of()), dialogs(dir), clock);
    }

    private TestServer start(Clock clock) throws IOException {
        return start(dir, clock);
    }

    /** A counselor for each center: jb (Jeonbuk) and sg (Incheon Seo-gu). */
    static void addCenterCounselors(TestServer server) {
        server.addStaff("jb", "counselor", HandoffIT.PASSWORD, List.of("jeonbuk"));
        server.addStaff("sg", "counselor", HandoffIT.PASSWORD, List.of("incheon_seogu"));
    }

    private static WebClient.Session seeker(WebClient web, String center) {
        WebClient.Response created = web.send("POST", "/api/web/sessions", "{\"center\":\"" + center + "\"}", null);
        return new WebClient.Session(created.body().path("sessionId").asText(), created.body().path("token").asText());
    }

    private static String handOff(WebClient web, WebClient.Session s) {
        web.press(s, "counselor");
        return HandoffIT.texts(web.press(s, "yes"));
    }

    private static List<String> centersListed(ConsoleClient console, String center) {
        return centers(console.get("/api/console/handoffs?center=" + center));
    }

    /** The center of each handoff listed, in order. */
    static List<String> centers(WebClient.Response list) {
        List<String> out = new ArrayList<>();
        for (JsonNode h : list.body().path("handoffs")) {
            out.add(h.path("center").asText());
        }
        return out;
    }

    @Test
    void each_seeker_waits_in_their_own_centers_queue() throws IOException {
        try (TestServer server = start(BOTH_OPEN)) {
            HandoffIT.addStaff(server, "kim", "counselor");
            WebClient web = new WebClient(server.baseUrl());
            String jeonbuk = handOff(web, seeker(web, "jeonbuk"));
            String seogu = handOff(web, seeker(web, "incheon_seogu"));
            assertTrue(jeonbuk.contains("대기 순서는 1번째"), jeonbuk);
            assertTrue(seogu.contains("대기 순서는 1번째"), "each center counts its own queue: " + seogu);
            ConsoleClient kim = new ConsoleClient(server.baseUrl());
            kim.login("kim", HandoffIT.PASSWORD);
            assertEquals(List.of("jeonbuk"), centersListed(kim, "jeonbuk"));
            assertEquals(List.of("incheon_seogu"), centersListed(kim, "incheon_seogu"));
            assertEquals(2, centersListed(kim, "all").size());
        }
    }

    @Test
    void counselors_see_their_own_centers_queue_by_default_and_others_on_request() throws IOException {
        try (TestServer server = start(BOTH_OPEN)) {
            addCenterCounselors(server);
            WebClient web = new WebClient(server.baseUrl());
            handOff(web, seeker(web, "jeonbuk"));
            handOff(web, seeker(web, "incheon_seogu"));
            ConsoleClient jb = new ConsoleClient(server.baseUrl());
            jb.login("jb", HandoffIT.PASSWORD);
            ConsoleClient sg = new ConsoleClient(server.baseUrl());
            sg.login("sg", HandoffIT.PASSWORD);
            assertEquals(List.of("jeonbuk"), centersListed(jb, "mine"));
            assertEquals(List.of("jeonbuk"), centers(jb.get("/api/console/handoffs")));
            assertEquals(List.of("incheon_seogu"), centers(sg.get("/api/console/handoffs?status=waiting")));
            assertEquals(List.of("incheon_seogu"), centersListed(jb, "incheon_seogu"));
            assertEquals(2, centersListed(sg, "all").size());
            WebClient.Response unknown = jb.get("/api/console/handoffs?center=busan");
            assertEquals(400, unknown.status());
            assertTrue(unknown.body().path("error").asText().contains("jeonbuk"), unknown.body().toString());
        }
    }

    @Test
    void a_seeker_whose_center_is_closed_is_told_when_it_opens_and_offered_a_callback() throws IOException {
        try (TestServer server = start(ONE_OPEN)) {
            HandoffIT.addStaff(server, "kim", "counselor");
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session seoguSeeker = seeker(web, "incheon_seogu");
            web.press(seoguSeeker, "counselor");
            WebClient.Response closed = web.press(seoguSeeker, "yes");
            assertTrue(HandoffIT.texts(closed).contains("13:00"), HandoffIT.texts(closed));
            assertTrue(closed.body().toString().contains("\"payload\":\"callback\""), closed.body().toString());
            assertTrue(handOff(web, seeker(web, "jeonbuk")).contains("대기 순서는 1번째"));
            ConsoleClient kim = new ConsoleClient(server.baseUrl());
            kim.login("kim", HandoffIT.PASSWORD);
            assertEquals(List.of("jeonbuk"), centersListed(kim, "all"));
        }
    }

    @Test
    void a_callback_request_is_due_today_for_the_seekers_own_center_only() throws IOException {
        try (TestServer server = start(ONE_OPEN)) {
            addCenterCounselors(server);
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = seeker(web, "incheon_seogu");
            web.press(s, "counselor");
            web.press(s, "yes");
            web.press(s, "callback");
            web.say(s, "010-1234-5678");
            web.press(s, "morning");
            ConsoleClient sg = new ConsoleClient(server.baseUrl());
            sg.login("sg", HandoffIT.PASSWORD);
            JsonNode due = sg.get("/api/console/due").body().path("callbacks");
            assertEquals(1, due.size(), due.toString());
            assertEquals("incheon_seogu", due.get(0).path("center").asText());
            assertEquals("010-1234-5678", due.get(0).path("contact").asText());
            ConsoleClient jb = new ConsoleClient(server.baseUrl());
            jb.login("jb", HandoffIT.PASSWORD);
            assertEquals(0, jb.get("/api/console/due").body().path("callbacks").size());
            assertEquals(1, jb.get("/api/console/due?center=all").body().path("callbacks").size());
            assertEquals(0, jb.get("/api/console/callbacks").body().path("callbacks").size());
            assertEquals(1, jb.get("/api/console/callbacks?center=incheon_seogu").body().path("callbacks").size());
            assertEquals(1, sg.get("/api/console/callbacks").body().path("callbacks").size());
        }
    }

    @Test
    void follow_ups_due_are_listed_for_the_counselors_own_center_by_default() throws IOException {
        try (TestServer server = start(BOTH_OPEN)) {
            addCenterCounselors(server);
            WebClient web = new WebClient(server.baseUrl());
            ConsoleClient jb = new ConsoleClient(server.baseUrl());
            jb.login("jb", HandoffIT.PASSWORD);
            ConsoleClient sg = new ConsoleClient(server.baseUrl());
            sg.login("sg", HandoffIT.PASSWORD);
            handOff(web, seeker(web, "jeonbuk"));
            handOff(web, seeker(web, "incheon_seogu"));
            for (ConsoleClient counselor : List.of(jb, sg)) {
                String id = counselor.get("/api/console/handoffs").body().path("handoffs").get(0).path("id").asText();
                counselor.post("/api/console/handoffs/" + id + "/claim", "{}");
                assertEquals(200, counselor.post("/api/console/handoffs/" + id + "/close",
                        "{\"note\":\"서류 확인\",\"followUp\":\"2026-12-07\"}").status());
            }
            assertEquals(List.of("jeonbuk"), centers(jb.get("/api/console/followups")));
            assertEquals(List.of("incheon_seogu"), centers(sg.get("/api/console/followups")));
            assertEquals(2, jb.get("/api/console/followups?center=all").body().path("handoffs").size());
            assertEquals(1, sg.get("/api/console/due").body().path("followUps").size());
        }
    }
}
