package org.doyak.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives load against one server on loopback, with a bounded number of threads for a bounded time.
 * Conversations press a button of the last reply when there is one, else type a greeting.
 */
final class LoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GREETING = "안녕하세요";

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    LoadDriver(String base) {
        this.base = base;
    }

    /** Latency figures of one phase. */
    record Result(int requests, int errors, double seconds, double p50, double p99) {

        double perSecond() {
            return requests / seconds;
        }
    }

    Result conversations(int sessions, int seconds) {
        return phase(sessions, seconds, new Worker() {
            private final ThreadLocal<String[]> session = new ThreadLocal<>();
            private final ThreadLocal<JsonNode> lastReply = new ThreadLocal<>();

            @Override
            public boolean step() throws Exception {
                if (session.get() == null) {
                    JsonNode created = JSON.readTree(send("/api/web/sessions", "{\"lang\":\"ko\"}", null).body());
                    session.set(new String[] {created.get("sessionId").asText(), created.get("token").asText()});
                }
                ObjectNode body = JSON.createObjectNode();
                List<JsonNode> buttons = new ArrayList<>();
                if (lastReply.get() != null) {
                    lastReply.get().path("messages").forEach(m -> m.path("buttons").forEach(buttons::add));
                }
                if (buttons.isEmpty()) {
                    body.put("text", GREETING);
                } else {
                    body.put("payload", buttons.get(ThreadLocalRandom.current().nextInt(buttons.size()))
                            .get("payload").asText());
                }
                HttpResponse<String> response = send("/api/web/sessions/" + session.get()[0] + "/messages",
                        body.toString(), session.get()[1]);
                lastReply.set(JSON.readTree(response.body()));
                return response.statusCode() == 200;
            }
        });
    }

    Result echo(int sessions, int seconds) {
        return phase(sessions, seconds, () -> send("/bench/echo", "{\"text\":\"" + GREETING + "\"}", null)
                .statusCode() == 200);
    }

    private HttpResponse<String> send(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Result phase(int threads, int seconds, Worker worker) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            long[] latencies = new long[1 << 20];
            int[] count = {0};
            perThread.add(latencies);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end && count[0] < latencies.length - 1) {
                    long before = System.nanoTime();
                    try {
                        if (!worker.step()) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[++count[0]] = System.nanoTime() - before;
                }
                latencies[0] = count[0];
            });
            running.add(thread);
            thread.start();
        }
        running.forEach(LoadDriver::join);
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = perThread.stream().flatMapToLong(l -> Arrays.stream(l, 1, (int) l[0] + 1)).sorted().toArray();
        return new Result(all.length, errors.get(), elapsed, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request of a phase; true when it succeeded. */
    @FunctionalInterface
    private interface Worker {
        boolean step() throws Exception;
    }
}
