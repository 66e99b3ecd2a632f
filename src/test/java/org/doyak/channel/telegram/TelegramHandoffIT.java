package org.doyak.channel.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Predicate;
import org.doyak.handoff.StaffAccounts;
import org.doyak.storage.Database;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Telegram seeker handed to a counselor, answered on Telegram, and given back to the bot. */
class TelegramHandoffIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "telegram shift password";

    @TempDir
    Path dir;
    private final Updates updates = new Updates();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void a_telegram_seeker_is_handed_off_answered_and_returned_to_the_bot() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
                TestServer server = TestServer.start(dir, TelegramLongPollingIT.config(api,
                        Map.of("DOYAK_COUNSELOR_HOURS", "always")))) {
            try (Database db = Database.open("jdbc:sqlite:" + server.database())) {
                new StaffAccounts(db, Clock.systemUTC()).add("kim", "counselor", PASSWORD.toCharArray());
            }
            api.deliver(updates.text(77, "ko", "/counselor"));
            waitForText(api, t -> t.contains("연결할까요"));
            api.deliver(updates.press(77, "ko", "yes"));
            waitForText(api, t -> t.contains("상담사에게 연결을 요청했어요"));

            String base = server.baseUrl();
            assertEquals(200, console(base, "POST", "/api/console/login",
                    "{\"username\":\"kim\",\"password\":\"" + PASSWORD + "\"}").statusCode());
            JsonNode waiting = JSON.readTree(console(base, "GET", "/api/console/handoffs?status=waiting", null).body());
            JsonNode handoff = waiting.path("handoffs").get(0);
            assertEquals("telegram", handoff.path("channel").asText());
            String id = handoff.path("id").asText();
            assertEquals(200, console(base, "POST", "/api/console/handoffs/" + id + "/claim", "{}").statusCode());
            assertEquals(200, console(base, "POST", "/api/console/handoffs/" + id + "/messages",
                    "{\"text\":\"안녕하세요, 상담사 김입니다. 무엇을 도와드릴까요?\"}").statusCode());
            waitForText(api, t -> t.contains("상담사 김입니다"));

            api.deliver(updates.text(77, "ko", "이력서 첨삭 받고 싶어요"));
            long deadline = System.currentTimeMillis() + 10_000;
            while (!transcript(base, id).contains("이력서 첨삭 받고 싶어요")) {
                assertTrue(System.currentTimeMillis() < deadline, "the seeker's answer never reached the console");
                Thread.sleep(50);
            }
            assertEquals(200, console(base, "POST", "/api/console/handoffs/" + id + "/close",
                    "{\"note\":\"이력서 첨삭 예약 안내\"}").statusCode());
            waitForText(api, t -> t.contains("다시 챗봇이 도와드릴게요"));
            api.deliver(updates.text(77, "ko", "메뉴"));
            waitForText(api, t -> t.contains("사람이 아닌 챗봇"));
        }
    }

    private String transcript(String base, String id) throws Exception {
        return console(base, "GET", "/api/console/handoffs/" + id, null).body();
    }

    private HttpResponse<String> console(String base, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Origin", base)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void waitForText(FakeBotApi api, Predicate<String> wanted) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (api.textsTo(77).stream().noneMatch(wanted)) {
            assertTrue(System.currentTimeMillis() < deadline, "not sent to Telegram; sent: " + api.textsTo(77));
            Thread.sleep(20);
        }
    }
}
