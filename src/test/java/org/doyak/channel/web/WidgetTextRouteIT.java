package org.doyak.channel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.doyak.dialog.WidgetText;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.Eventually;
import org.doyak.testing.Folders;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/web/texts}: the widget's texts from dialogs/, both languages, live with every publish. */
class WidgetTextRouteIT {
    private static final String SEND_KO = "    ko: \"보내기\"\n    en: \"Send\"\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dialogs;
    private TestServer server;

    @BeforeEach
    void start() throws IOException {
        Path[] copies = Folders.dialogsAndModels(tmp);
        dialogs = copies[0];
        server = TestServer.start(tmp, dialogs, copies[1]);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_widget_gets_every_text_in_korean_and_english_uncached_and_from_embedding_sites_only() throws Exception {
        HttpResponse<String> r = get("http://localhost:8080");
        assertEquals(200, r.statusCode());
        JsonNode texts = JSON.readTree(r.body());
        List<String> keys = Arrays.stream(WidgetText.values()).map(WidgetText::key).sorted().toList();
        for (String lang : List.of("ko", "en")) {
            List<String> served = texts.path(lang).properties().stream().map(e -> e.getKey()).sorted().toList();
            assertEquals(keys, served, lang);
        }
        assertEquals("보내기", texts.path("ko").path("send").asText());
        assertEquals("Send", texts.path("en").path("send").asText());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("http://localhost:8080", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertFalse(get("https://evil.example").headers().firstValue("Access-Control-Allow-Origin")
                .isPresent(), "a site that may not embed the widget gets no CORS header");
    }

    @Test
    void a_published_text_is_served_at_once_and_a_broken_one_is_refused_with_its_line() throws Exception {
        edit(SEND_KO, "    ko: \"전송\"\n    en: \"Send now\"\n");
        JsonNode live = Eventually.until(this::texts, t -> "전송".equals(t.path("ko").path("send").asText()),
                Duration.ofSeconds(60), "the new send button text");
        assertEquals("Send now", live.path("en").path("send").asText());

        edit("    ko: \"전송\"\n    en: \"Send now\"\n", "    ko: \"보내기\"\n");
        server.addStaff("lee", "admin", "correct horse 9");
        ConsoleClient admin = new ConsoleClient(server.baseUrl());
        admin.login("lee", "correct horse 9");
        WebClient.Response refused = admin.post("/api/admin/publish", "{}");
        assertEquals(422, refused.status(), refused.body().toString());
        String problems = refused.body().path("problems").toString();
        assertTrue(problems.contains("messages.yaml:" + (lineOf("  send:") + 1) + ":5: 위젯 문구 'send'에 'en' 텍스트가 "
                + "없어요"), problems);
        assertEquals("전송", texts().path("ko").path("send").asText(), "the last good texts keep serving");
    }

    private HttpResponse<String> get(String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/web/texts"))
                .header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode texts() {
        return new WebClient(server.baseUrl()).send("GET", "/api/web/texts", null, null).body();
    }

    private void edit(String from, String to) throws IOException {
        Path file = dialogs.resolve("messages.yaml");
        String text = Files.readString(file);
        assertTrue(text.contains(from), "messages.yaml has no '" + from + "'");
        Files.writeString(file, text.replace(from, to));
    }

    private int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(dialogs.resolve("messages.yaml"));
        return lines.indexOf(text) + 1;
    }
}
