package org.doyak.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.doyak.AppConfig;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security headers, embedding sites (CORS and sockets), cookies behind a proxy, sockets per session. */
class HeadersIT {
    @TempDir
    Path dir;
    private TestServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        server = TestServer.start(dir, AppConfig.from(Map.of(),
                Map.of("DOYAK_EMBED_ORIGINS", "https://www.jobcenter.example, https://*.work.example")));
        server.addStaff("mina", "counselor", "correct-horse-9");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pages_carry_a_strict_csp_nosniff_and_a_referrer_policy() throws Exception {
        for (String path : new String[] {"/", "/widget.js", "/widget.css", "/console", "/console/main.js", "/admin"}) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", r.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
        for (String page : new String[] {"/", "/console"}) {
            String html = get(page).body();
            assertFalse(html.contains("<script>") || html.contains("<style") || html.contains("style=\""), page);
        }
        assertTrue(get("/console").headers().firstValue("Content-Security-Policy").orElse("")
                .contains("frame-ancestors 'none'"));
        assertEquals("DENY", get("/console").headers().firstValue("X-Frame-Options").orElse(""));
    }

    @Test
    void personal_data_routes_are_not_cached() throws Exception {
        WebClient web = new WebClient(server.baseUrl());
        WebClient.Session s = web.newSession("ko");
        HttpResponse<String> history = get("/api/web/sessions/" + s.id() + "/messages",
                "Authorization", "Bearer " + s.token());
        assertEquals(200, history.statusCode());
        assertEquals("no-store", history.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", get("/console").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void only_listed_sites_may_call_the_widget_api_from_a_browser() throws Exception {
        String path = "/api/web/sessions/x/messages";
        assertEquals("https://www.jobcenter.example", get(path, "Origin", "https://www.jobcenter.example")
                .headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("https://seoul.work.example", get(path, "Origin", "https://seoul.work.example")
                .headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("Retry-After", get(path, "Origin", "https://seoul.work.example").headers()
                .firstValue("Access-Control-Expose-Headers").orElse(""), "the widget reads how long a 429/503 asks");
        assertTrue(get(path, "Origin", "https://evil.example").headers().firstValue("Access-Control-Allow-Origin")
                .isEmpty());
        assertTrue(get(path, "Origin", "http://www.jobcenter.example").headers()
                .firstValue("Access-Control-Allow-Origin").isEmpty(), "scheme matters");
    }

    @Test
    void the_session_cookie_is_secure_behind_either_proxy_header() throws Exception {
        String[][] proxies = {{"X-Forwarded-Proto", "https"}, {"Forwarded", "for=1.2.3.4;proto=https"}};
        String body = "{\"username\":\"mina\",\"password\":\"correct-horse-9\"}";
        for (String[] proxy : proxies) {
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                    + "/api/console/login")).header("Origin", server.baseUrl()).header(proxy[0], proxy[1])
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode(), login.body());
            assertTrue(login.headers().firstValue("Set-Cookie").orElse("").contains("Secure"), proxy[0]);
        }
    }

    @Test
    void a_session_gets_a_few_sockets_and_no_more_and_foreign_sites_none() throws Exception {
        WebClient.Session s = new WebClient(server.baseUrl()).newSession("ko");
        URI uri = URI.create(server.baseUrl().replace("http", "ws") + "/ws/web/" + s.id() + "?token=" + s.token());
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            CompletableFuture<Integer> closed = new CompletableFuture<>();
            http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() {
                @Override
                public CompletableFuture<?> onClose(WebSocket ws, int code, String reason) {
                    closed.complete(code);
                    return null;
                }
            }).get(5, TimeUnit.SECONDS);
            if (i >= 5) {
                assertEquals(4429, closed.get(5, TimeUnit.SECONDS));
                refused++;
            }
        }
        assertEquals(3, refused);
        CompletableFuture<Integer> foreign = new CompletableFuture<>();
        http.newWebSocketBuilder().header("Origin", "https://evil.example").buildAsync(uri, new WebSocket.Listener() {
            @Override
            public CompletableFuture<?> onClose(WebSocket ws, int code, String reason) {
                foreign.complete(code);
                return null;
            }
        }).get(5, TimeUnit.SECONDS);
        assertEquals(4403, foreign.get(5, TimeUnit.SECONDS));
    }
}
