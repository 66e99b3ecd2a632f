package org.doyak.handoff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A test WebSocket client that keeps every JSON frame it receives, with the nanoTime of arrival. */
final class Sockets implements WebSocket.Listener {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();

    /** A received frame and when it arrived ({@link System#nanoTime()}). */
    record Frame(JsonNode json, long nanos) {
    }

    static Sockets open(HttpClient http, String url) {
        Sockets sockets = new Sockets();
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(URI.create(url), sockets).join();
        return sockets;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            long now = System.nanoTime();
            try {
                frames.add(new Frame(JSON.readTree(partial.toString()), now));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        socket.request(1);
        return null;
    }

    /** The next frame matching {@code wanted}, skipping others; fails after 5 seconds. */
    Frame await(Predicate<JsonNode> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Frame f = frames.poll(50, TimeUnit.MILLISECONDS);
            if (f != null && wanted.test(f.json())) {
                return f;
            }
        }
        throw new AssertionError("no matching frame within 5 s");
    }
}
