package org.doyak.channel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.doyak.testing.WebClient.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The right of access on the web: "내 정보 보기" in the chat and the JSON export route. */
class DataExportIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private TestServer server;
    private WebClient web;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        web = new WebClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A seeker who consented, booked and asked for a callback. */
    private Session bookedSeeker() {
        Session s = web.newSession("ko");
        for (String payload : new String[] {"booking", "yes", "jeonbuk", "1"}) {
            assertEquals(200, web.press(s, payload).status());
        }
        web.say(s, "이도약");
        web.say(s, "me@example.com");
        assertTrue(texts(web.press(s, "yes")).contains("예약됐어요"));
        web.press(s, "callback");
        web.say(s, "010-1234-5678");
        assertTrue(texts(web.press(s, "morning")).contains("전화 상담 요청을 받았어요"));
        return s;
    }

    @Test
    void asking_in_the_chat_shows_consent_answers_booking_and_callback_in_short_messages() {
        Session s = bookedSeeker();
        WebClient.Response shown = web.say(s, "내 정보 보기");
        String all = texts(shown);
        for (String part : new String[] {"동의함", "예약 이름 이도약", "예약 연락처 me@example.com", "전라북도 일자리센터",
                "예약됨", "전화 상담 요청", "010-1234-5678", "접수됨"}) {
            assertTrue(all.contains(part), part + " in " + all);
        }
        shown.body().path("messages").forEach(m -> assertTrue(m.path("text").asText().length() <= 600,
                m.path("text").asText()));
        assertTrue(shown.body().path("messages").size() >= 2, "several short messages");
    }

    @Test
    void the_export_route_gives_everything_kept_as_json_to_the_token_holder_only() throws Exception {
        Session s = bookedSeeker();
        HttpResponse<String> response = export(s.id(), s.token());
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode export = JSON.readTree(response.body());
        assertEquals("yes", export.path("consent").asText());
        assertEquals("이도약", export.path("answers").path("booking_name").asText());
        assertEquals("me@example.com", export.path("appointments").get(0).path("contact").asText());
        assertEquals("jeonbuk", export.path("appointments").get(0).path("center").asText());
        assertEquals("010-1234-5678", export.path("callbacks").get(0).path("contact").asText());
        int stored = web.history(s).body().path("messages").size();
        assertEquals(stored, export.path("messageCount").asInt());
        assertEquals(stored, export.path("messages").size());

        Session other = web.newSession("ko");
        assertEquals(401, export(s.id(), null).statusCode());
        assertEquals(401, export(s.id(), other.token()).statusCode());
        assertEquals(404, export("no-such-session", s.token()).statusCode());
    }

    @Test
    void after_an_erasure_the_export_holds_nothing_of_it() throws Exception {
        Session s = bookedSeeker();
        web.say(s, "/delete");
        assertTrue(texts(web.press(s, "yes")).contains("모두 지웠어요"));
        JsonNode export = JSON.readTree(export(s.id(), s.token()).body());
        assertEquals(0, export.path("appointments").size());
        assertEquals(0, export.path("callbacks").size());
        assertTrue(!export.toString().contains("me@example.com") && !export.toString().contains("010-1234-5678"),
                export.toString());
        assertTrue(texts(web.say(s, "내 데이터 보여줘")).contains("아직 묻지 않음"));
    }

    private HttpResponse<String> export(String id, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/web/sessions/" + id
                + "/export"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String texts(WebClient.Response response) {
        List<String> texts = new ArrayList<>();
        response.body().path("messages").forEach(m -> texts.add(m.path("text").asText()));
        return String.join("\n", texts);
    }
}
