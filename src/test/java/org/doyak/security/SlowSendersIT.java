package org.doyak.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.doyak.testing.Eventually;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 300 clients that send a request body one byte every 5 s (real sockets) neither starve {@code /health} nor
 * keep their connections: the server cuts each one off.
 */
class SlowSendersIT {
    private static final int SENDERS = 300;
    @TempDir
    Path dir;

    @Test
    void slow_body_senders_are_cut_off_and_health_keeps_answering() throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            int port = URI.create(server.baseUrl()).getPort();
            List<Socket> sockets = new ArrayList<>();
            try {
                for (int i = 0; i < SENDERS; i++) {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
                    s.setSoTimeout(1);
                    s.getOutputStream().write(("POST /api/web/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
                    sockets.add(s);
                }
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest health = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(5)).build();
                long started = System.nanoTime();
                int healthy = 0;
                int cut = 0;
                // Trickle one byte every 5 s to each sender still open, asking /health in between, until all are cut.
                long nextByte = System.nanoTime();
                while (cut < SENDERS && System.nanoTime() - started < Duration.ofSeconds(90).toNanos()) {
                    if (System.nanoTime() >= nextByte) {
                        sockets.forEach(SlowSendersIT::trickle);
                        nextByte = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    }
                    assertEquals(200, http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode(),
                            "/health answers while slow senders are connected");
                    healthy++;
                    cut = (int) sockets.stream().filter(SlowSendersIT::closedByServer).count();
                }
                assertEquals(SENDERS, cut, "every slow sender is cut off");
                assertTrue(healthy >= 3, healthy + " health answers");
                Eventually.until(() -> http.sendAsync(health, HttpResponse.BodyHandlers.ofString()).join()
                        .statusCode(), code -> code == 200, Duration.ofSeconds(10), "health after the attack");
            } finally {
                for (Socket s : sockets) {
                    s.close();
                }
            }
        }
    }

    private static void trickle(Socket s) {
        try {
            OutputStream out = s.getOutputStream();
            out.write('a');
            out.flush();
        } catch (IOException closed) {
            // the server already cut this one off
        }
    }

    /** True once the server answered (408 or 400) or closed the connection. */
    private static boolean closedByServer(Socket s) {
        try {
            InputStream in = s.getInputStream();
            in.read(); // a byte of the answer, or the end of the stream: either way the server is done with it
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }
}
