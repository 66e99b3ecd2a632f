package org.doyak.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.Eventually;
import org.doyak.testing.Folders;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff dashboard's figures come from real conversations. */
class DashboardIT {
    private static final String PASSWORD = "correct horse 9";
    private static final String GIBBERISH = "zxqv wplk mmrt";

    @TempDir
    Path tmp;

    @Test
    void figures_inbox_csv_and_flow_picture_come_from_real_turns() throws Exception {
        Path[] copies = Folders.dialogsAndModels(tmp);
        try (TestServer server = TestServer.start(tmp, copies[0],
                Map.of("models", copies[1].toString(), "counselor-hours", "always"))) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session a = web.newSession("ko");
            web.say(a, "안녕");
            web.press(a, "centers");
            WebClient.Session b = web.newSession("ko");
            web.say(b, GIBBERISH);
            WebClient.Session c = web.newSession("en");
            web.say(c, GIBBERISH + "!!");
            web.press(c, "counselor");
            web.press(c, "yes");
            server.addStaff("lee", "admin", PASSWORD);
            ConsoleClient admin = new ConsoleClient(server.baseUrl());
            admin.login("lee", PASSWORD);

            JsonNode stats = Eventually.until(() -> admin.get("/api/admin/stats?days=7").body(),
                    st -> total(st, "turns") >= 6, Duration.ofSeconds(15), "six turns counted");
            assertEquals(3, total(stats, "conversations"));
            assertEquals(1, total(stats, "handoffs"));
            assertTrue(total(stats, "fallbacks") >= 2, stats.toString());
            assertTrue(total(stats, "flow_start:welcome") >= 1, stats.toString());
            assertTrue(StreamSupport.stream(stats.path("steps").spliterator(), false)
                    .anyMatch(s -> s.path("flow").asText().equals("welcome") && s.path("reached").asLong() >= 1));
            assertTrue(StreamSupport.stream(stats.path("steps").spliterator(), false) // drop-off: where seekers left
                    .anyMatch(s -> s.path("flow").asText().equals("centers") && s.path("leftHere").asLong() >= 1),
                    stats.path("steps").toString());
            assertEquals(1, stats.path("handoffs").get(0).path("handoffs").asLong(), stats.toString());

            JsonNode group = admin.get("/api/admin/inbox").body().path("groups").get(0);
            assertEquals(2, group.path("count").asInt(), group.toString());
            WebClient.Response added = admin.post("/api/admin/inbox/examples",
                    "{\"intent\":\"out_of_scope\",\"text\":\"" + GIBBERISH + "\",\"ids\":" + group.path("ids") + "}");
            assertEquals(202, added.status(), added.body().toString());
            assertTrue(Files.readString(copies[0].resolve("intents/out_of_scope.yaml")).contains(GIBBERISH));
            assertFalse(admin.get("/api/admin/inbox").body().toString().contains(GIBBERISH));
            Eventually.until(() -> admin.get("/api/admin/publish").body().toString(),
                    body -> body.contains("\"who\":\"lee\""), Duration.ofSeconds(120), "the example's publish");

            String csv = text(admin, "/api/admin/stats.csv?days=7");
            assertTrue(csv.startsWith("day,channel,metric,total\n") && csv.contains(",web,conversations,3"), csv);
            assertTrue(text(admin, "/api/admin/flows/welcome/graph").contains("명"));
            assertEquals(400, admin.get("/api/admin/stats?days=0").status());
        }
    }

    @Test
    void daily_totals_are_anonymous_and_outlive_the_erasure_of_the_conversation() throws Exception {
        try (TestServer server = TestServer.start(tmp)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session seeker = web.newSession("ko");
            web.say(seeker, "안녕");
            web.press(seeker, "centers");
            server.addStaff("lee", "admin", PASSWORD);
            ConsoleClient admin = new ConsoleClient(server.baseUrl());
            admin.login("lee", PASSWORD);
            JsonNode before = Eventually.until(() -> admin.get("/api/admin/stats?days=7").body(),
                    st -> total(st, "turns") >= 2 && total(st, "flow_start:centers") == 1, Duration.ofSeconds(15),
                    "the seeker's turns counted");
            web.press(seeker, "delete_data");
            String erased = web.press(seeker, "yes").body().toString();
            assertTrue(erased.contains("모두 지웠어요"), erased);
            try (var db = server.openDatabase()) {
                // The erasing turn itself is recorded afterwards; the visit to the centers flow before it is gone.
                Eventually.until(() -> db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM turn_steps WHERE conversation_id = :id AND flow = 'centers'")
                        .bind("id", seeker.id()).mapTo(Integer.class).one()), n -> n == 0, Duration.ofSeconds(15),
                        "the seeker's steps erased");
            }
            JsonNode after = admin.get("/api/admin/stats?days=7").body();
            for (JsonNode t : before.path("totals")) {
                String metric = t.path("metric").asText();
                assertTrue(total(after, metric) >= total(before, metric), metric + " lost: " + after);
            }
            assertEquals(1, total(after, "flow_start:centers"), after.toString());
            assertFalse(after.toString().contains(seeker.id()), "no conversation id in the figures");
        }
    }

    private static long total(JsonNode stats, String metric) {
        long sum = 0;
        for (JsonNode t : stats.path("totals")) {
            if (t.path("metric").asText().equals(metric)) {
                sum += t.path("total").asLong();
            }
        }
        return sum;
    }

    private static String text(ConsoleClient admin, String path) throws Exception {
        HttpResponse<String> r = admin.http().send(HttpRequest.newBuilder(URI.create(admin.base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }
}
