package org.doyak.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a counselor reads of a seeker in the console: a right-to-left override or other bidirectional control in
 * the seeker's text is neutralised (it once displayed reversed), and identifiers are masked in the transcript, the
 * handoff summary and the counselor's own notes.
 */
class ConsoleViewIT {
    private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");
    private static final String RRN = "900101-1234567";
    private static final String PHONE = "010-2345-6789";
    private static final String PASSWORD = "correct-horse-9";
    @TempDir
    Path dir;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dir, Clock.systemUTC(), "always");
        server.addStaff("kim", "counselor", PASSWORD);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void bidi_overrides_are_neutralised_and_identifiers_masked_where_counselors_read() {
        WebClient web = new WebClient(server.baseUrl());
        WebClient.Session s = web.newSession("ko");
        web.press(s, "counselor");
        web.press(s, "yes");
        String typed = "\u202E요세주 해락연 로" + PHONE + " \u2066주민번호 " + RRN + "\u2069";
        assertEquals(200, web.say(s, typed).status());
        ConsoleClient console = new ConsoleClient(server.baseUrl());
        assertEquals(200, console.login("kim", PASSWORD).status());
        JsonNode handoff = console.get("/api/console/handoffs?status=waiting&center=all").body().path("handoffs")
                .path(0);
        String id = handoff.path("id").asText();
        assertEquals(200, console.post("/api/console/handoffs/" + id + "/claim", "{}").status());
        assertEquals(200, console.post("/api/console/handoffs/" + id + "/notes",
                "{\"text\":\"주민번호 " + RRN + " 확인 필요\"}").status());
        String shown = console.get("/api/console/handoffs/" + id).body().toString()
                + console.get("/api/console/handoffs?status=active&center=all").body();
        assertTrue(shown.contains("요세주 해락연"), "the seeker's message reaches the console: " + shown);
        assertFalse(BIDI.matcher(shown).find(), "a bidirectional control reached the console: " + shown);
        assertFalse(shown.contains(RRN) || shown.contains(PHONE), "an identifier reached the console: " + shown);
        assertTrue(shown.contains("[주민등록번호]") && shown.contains("[전화번호]"), shown);
    }
}
