package org.doyak.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.RawHttp;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests that once answered 500 with a stack trace now get a 4xx and a one-line JSON error. */
class BadRequestsIT {
    @TempDir
    Path dir;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        server.addStaff("mina", "counselor", "correct-horse-9");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_password_over_bcrypts_72_bytes_is_a_wrong_password_not_a_500() {
        ConsoleClient console = new ConsoleClient(server.baseUrl());
        assertEquals(401, console.login("mina", "비".repeat(30)).status());
        assertEquals(401, console.login("nobody", "x".repeat(5_000)).status());
        assertEquals(200, console.login("mina", "correct-horse-9").status());
    }

    @Test
    void a_malformed_chunked_body_is_a_400() {
        String head = "POST /api/web/sessions HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked";
        for (String body : new String[] {"zz\r\n{}\r\n0\r\n\r\n", "5\r\n{\"lang\":\"ko\"}\r\n0\r\n\r\n", "4\r\n{}"}) {
            RawHttp.Answer answer = RawHttp.send(server.baseUrl(), RawHttp.request(head, body.getBytes(UTF_8)));
            assertTrue(answer.status() == 400 || answer.status() == 408 || answer.status() == 0,
                    "status " + answer.status() + " for " + body);
            assertTrue(!answer.body().contains("Exception"), answer.body());
        }
        assertEquals(200, RawHttp.send(server.baseUrl(), RawHttp.request("GET /health HTTP/1.1", new byte[0]))
                .status());
    }
}
