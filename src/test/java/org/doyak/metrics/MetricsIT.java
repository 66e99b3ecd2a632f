package org.doyak.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsIT {
    @TempDir
    Path dir;

    @Test
    void metrics_count_turns_latency_fallbacks_handoffs_and_confidence_in_prometheus_text() throws Exception {
        try (TestServer server = TestServer.start(dir, Clock.systemUTC(), "always")) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session s = web.newSession("ko");
            web.say(s, "안녕하세요");
            web.say(s, "qwzx plorf vrindle");
            web.press(s, "counselor");
            web.press(s, "yes");
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.baseUrl() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                    metrics.headers().toString());
            String text = metrics.body();
            assertEquals(4.0, value(text, "doyak_turns_total\\{channel=\"web\"\\}"), text);
            assertEquals(4.0, value(text, "doyak_turn_seconds_count\\{channel=\"web\"\\}"), text);
            assertTrue(text.contains("doyak_turn_seconds_bucket{channel=\"web\",le="), "latency histogram");
            assertEquals(1.0, value(text, "doyak_fallbacks_total\\{channel=\"web\"\\}"), text);
            assertEquals(1.0, value(text, "doyak_handoffs_total\\{channel=\"web\"\\}"), text);
            assertEquals(1.0, value(text, "doyak_handoff_queue"), "the queue gauge is read at each scrape");
            assertTrue(value(text, "doyak_nlu_confidence_count") >= 2.0, "both texts were classified");
            assertTrue(text.contains("doyak_nlu_confidence_bucket{le=\"0.5\"}"), "confidence distribution");
            assertEquals(0.0, value(text, "doyak_errors_total"), text);
            assertTrue(text.contains("http_server_requests_seconds_count{method=\"POST\","
                    + "route=\"/api/web/sessions/{id}/messages\",status=\"200\"}"), text);
            assertTrue(value(text, "jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]+\"\\}") > 0, "JVM memory");
            assertTrue(text.contains("process_uptime_seconds"), "uptime");
        }
    }

    /** The first sample of a series whose name (a regular expression) starts a line. */
    private static double value(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(text);
        assertTrue(m.find(), "no series " + series);
        return Double.parseDouble(m.group(1));
    }
}
