package org.doyak.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.doyak.AppConfig;
import org.doyak.channel.telegram.FakeBotApi;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.RawHttp;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzing suite: every HTTP route (widget API, console, admin, NLU parse, Telegram webhook, health, pages) gets
 * random and hostile requests ({@link HostileBodies}) with right and wrong credentials, content types and path
 * values, plus malformed raw HTTP. Never a 5xx, never a stack trace in a body, {@code /health} stays 200, and
 * what was stored before is all still there. Seeded: {@code -Ddoyak.fuzz.seed=N} repeats a run
 * ({@code -Ddoyak.fuzz.inputs=N} sets the count; a time budget keeps CI short). Figures go to the test log.
 */
class HostileInputIT {
    private static final long SEED = Long.getLong("doyak.fuzz.seed", 2026L);
    private static final int INPUTS = Integer.getInteger("doyak.fuzz.inputs", 2_000);
    private static final Duration BUDGET = Duration.ofSeconds(20);
    private static final int SENDERS = 4;
    private static final String SECRET = "fuzz-secret";
    private static final String PASSWORD = "correct-horse-9";
    private static final Pattern ID = Pattern.compile("\\{(sid|hid)}");

    @TempDir
    Path dir;
    private FakeBotApi api;
    private TestServer server;
    private final HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ConsoleClient counselor;
    private ConsoleClient admin;
    private WebClient.Session seeker;
    private String handoffId;

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        server = TestServer.start(dir, AppConfig.from(Map.of(), Map.of("DOYAK_TELEGRAM_TOKEN", "123:fuzz",
                "DOYAK_TELEGRAM_API_URL", api.url(),
                "DOYAK_TELEGRAM_WEBHOOK_URL", "https://doyak.example/telegram/webhook",
                "DOYAK_TELEGRAM_WEBHOOK_SECRET", SECRET, "DOYAK_RATE_LIMITS", "off",
                "DOYAK_COUNSELOR_HOURS", "always")));
        server.addStaff("kim", "counselor", PASSWORD);
        server.addStaff("boss", "admin", PASSWORD);
        counselor = new ConsoleClient(server.baseUrl());
        admin = new ConsoleClient(server.baseUrl());
        assertEquals(200, counselor.login("kim", PASSWORD).status());
        assertEquals(200, admin.login("boss", PASSWORD).status());
        WebClient web = new WebClient(server.baseUrl());
        seeker = web.newSession("ko");
        web.say(seeker, "23살 부천 백수인데 받을수있는 지원 프로그램 있어?");
        web.press(seeker, "yes");
        web.press(seeker, "counselor");
        web.press(seeker, "yes");
        JsonNode waiting = counselor.get("/api/console/handoffs?status=waiting&center=all").body().path("handoffs");
        handoffId = waiting.path(0).path("id").asText();
        assertTrue(!handoffId.isEmpty(), "a handoff to fuzz the console with: " + waiting);
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
    }

    /** A route to fuzz: method, path ({sid} a widget session, {hid} a handoff, {q} a query value), who calls. */
    record Route(String method, String path, String who) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/web/sessions", "web"),
            new Route("POST", "/api/web/sessions/{sid}/messages", "web"),
            new Route("GET", "/api/web/sessions/{sid}/messages", "web"),
            new Route("GET", "/api/web/sessions/{sid}/export", "web"),
            new Route("POST", "/api/web/sessions/{sid}/telegram-link", "web"),
            new Route("POST", "/api/nlu/parse", "web"),
            new Route("POST", "/telegram/webhook", "telegram"),
            new Route("POST", "/api/console/login", "web"),
            new Route("POST", "/api/console/logout", "web"),
            new Route("GET", "/api/console/me", "staff"),
            new Route("GET", "/api/console/handoffs?status={q}", "staff"),
            new Route("GET", "/api/console/handoffs/{hid}", "staff"),
            new Route("POST", "/api/console/handoffs/{hid}/claim", "staff"),
            new Route("POST", "/api/console/handoffs/{hid}/messages", "staff"),
            new Route("POST", "/api/console/handoffs/{hid}/notes", "staff"),
            new Route("POST", "/api/console/handoffs/{hid}/transfer", "staff"),
            new Route("POST", "/api/console/handoffs/{hid}/typing", "staff"),
            new Route("POST", "/api/console/handoffs/{hid}/seen", "staff"),
            new Route("POST", "/api/console/handoffs/{hid}/close", "staff"),
            new Route("GET", "/api/console/callbacks", "staff"),
            new Route("POST", "/api/console/callbacks/{q}/done", "staff"),
            new Route("GET", "/api/console/bookings?from={q}", "staff"),
            new Route("GET", "/api/console/canned", "staff"),
            new Route("GET", "/api/console/reasons", "staff"),
            new Route("GET", "/api/console/counselors", "staff"),
            new Route("GET", "/api/console/followups", "staff"),
            new Route("GET", "/api/console/search?q={q}", "staff"),
            new Route("GET", "/api/admin/publish", "staff"),
            new Route("GET", "/api/admin/team", "staff"),
            new Route("GET", "/api/admin/stats?from={q}&to={q}", "staff"),
            new Route("GET", "/api/admin/stats.csv", "staff"),
            new Route("GET", "/api/admin/inbox", "staff"),
            new Route("POST", "/api/admin/inbox/examples", "staff"),
            new Route("GET", "/api/admin/flows/{q}/graph", "staff"),
            new Route("GET", "/admin/files/{q}", "staff"),
            new Route("GET", "/health", "web"),
            new Route("GET", "/health/ready", "web"),
            new Route("GET", "/health/live", "web"),
            new Route("GET", "/metrics", "web"),
            new Route("GET", "/", "web"),
            new Route("GET", "/widget.js", "web"),
            new Route("GET", "/console/{q}", "web"),
            new Route("GET", "/admin", "web"),
            new Route("PUT", "/api/web/sessions/{sid}/messages", "web"),
            new Route("DELETE", "/api/console/handoffs/{hid}", "staff"),
            new Route("PATCH", "/api/nlu/parse", "web"),
            new Route("OPTIONS", "/api/web/sessions", "web"));

    @Test
    void no_hostile_request_gets_a_5xx_or_a_stack_trace_and_nothing_stored_is_lost() throws Exception {
        List<String> before = texts(new WebClient(server.baseUrl()).history(seeker).body());
        Random random = new Random(SEED);
        HostileBodies hostile = new HostileBodies(random);
        FuzzFigures figures = new FuzzFigures();
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            prepared.add(prepare(ROUTES.get(random.nextInt(ROUTES.size())), hostile, random));
        }
        long deadline = System.nanoTime() + BUDGET.toNanos();
        AtomicInteger unhealthy = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            for (int i = 0; i < prepared.size(); i++) {
                Prepared p = prepared.get(i);
                boolean probe = i % 250 == 0;
                senders.execute(() -> {
                    if (System.nanoTime() < deadline) {
                        figures.count(p.route(), send(p));
                        if (probe && status(anonymous, "GET", "/health") != 200) {
                            unhealthy.incrementAndGet();
                        }
                    }
                });
            }
        } finally {
            senders.shutdown();
            assertTrue(senders.awaitTermination(2, TimeUnit.MINUTES));
        }
        assertEquals(0, unhealthy.get(), "/health answered other than 200 during the run");
        for (byte[] raw : RawRequests.all(random)) {
            RawHttp.Answer answer = RawHttp.send(server.baseUrl(), raw);
            String line = new String(raw, 0, Math.min(40, raw.length), UTF_8);
            if (answer.status() == 505 && line.contains(" HTTP/9.9")) {
                figures.versionRefused();
                continue;
            }
            figures.count(new Route("RAW", line, "raw"), new Answer(answer.status(), answer.body()));
        }
        System.out.println(figures.report(SEED));
        assertEquals(List.of(), figures.failures(), "5xx or stack traces");
        assertEquals(200, status(anonymous, "GET", "/health"));
        List<String> after = texts(new WebClient(server.baseUrl()).history(seeker).body());
        assertEquals(before, after.subList(0, before.size()), "every message stored before is still there, in order");
        assertEquals(handoffId, counselor.get("/api/console/handoffs/" + handoffId).body().path("id").asText());
        try (Connection c = DriverManager.getConnection(server.databaseUrl());
                ResultSet r = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            assertTrue(r.next());
            assertEquals("ok", r.getString(1));
        }
    }

    /** A response: status (0 when the server closed the connection) and body. */
    record Answer(int status, String body) {
    }

    /** A request ready to send, built in the seeded order so a run can be repeated. */
    private record Prepared(Route route, HttpClient client, HttpRequest request) {
    }

    private Prepared prepare(Route route, HostileBodies hostile, Random random) {
        String path = ID.matcher(route.path()).replaceAll(m -> hostile.segment("sid".equals(m.group(1))
                ? seeker.id() : handoffId));
        path = path.replace("{q}", hostile.query());
        HttpClient client = anonymous;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        int credentials = random.nextInt(10);
        if ("web".equals(route.who()) && credentials < 7) {
            request.header("Authorization", "Bearer " + (credentials < 6 ? seeker.token() : hostile.query()));
        } else if ("staff".equals(route.who()) && credentials < 8) {
            client = (credentials < 4 ? counselor : admin).http();
        }
        if ("telegram".equals(route.who()) && credentials < 9) {
            request.header("X-Telegram-Bot-Api-Secret-Token", credentials < 8 ? SECRET : hostile.query());
        }
        if (random.nextInt(10) < 8) {
            request.header("Origin", server.baseUrl());
        }
        String type = hostile.contentType();
        if (!type.isEmpty() && !type.contains("\u0000")) {
            request.header("Content-Type", type);
        }
        byte[] body = "telegram".equals(route.who()) ? hostile.update() : hostile.body();
        boolean withBody = !"GET".equals(route.method()) || random.nextInt(8) == 0;
        request.method(route.method(), withBody ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.noBody());
        return new Prepared(route, client, request.build());
    }

    private static Answer send(Prepared p) {
        try {
            HttpResponse<String> response = p.client().send(p.request(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException closed) {
            return new Answer(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "");
        }
    }

    private int status(HttpClient client, String method, String path) {
        return send(new Prepared(null, client, HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build())).status();
    }

    private static List<String> texts(JsonNode history) {
        List<String> texts = new ArrayList<>();
        history.path("messages").forEach(m -> texts.add(m.path("from").asText() + ": " + m.path("text").asText()));
        return texts;
    }
}
