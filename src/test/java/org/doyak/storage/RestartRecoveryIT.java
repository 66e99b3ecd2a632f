package org.doyak.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.doyak.testing.OnEachDatabase;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.doyak.testing.WebClient.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartRecoveryIT extends OnEachDatabase {
    @TempDir
    Path tmp;

    @Test
    void a_restart_resumes_the_conversation_at_the_waiting_question() {
        Session s;
        try (TestServer first = TestServer.start(database())) {
            WebClient client = new WebClient(first.baseUrl());
            s = client.newSession("ko");
            client.press(s, "centers");
        }
        try (TestServer second = TestServer.start(database())) {
            WebClient client = new WebClient(second.baseUrl());
            String reply = client.say(s, "전북").body().path("messages").get(0).path("text").asText();
            assertTrue(reply.contains("1577-0365"), reply);
            assertEquals(5, client.history(s).body().path("messages").size());
        }
    }

    @Test
    void kill_9_loses_no_acknowledged_message_and_the_flow_goes_on() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = tmp.resolve("server.log");
        Process server = startServer(port, database().url(), log);
        WebClient client = new WebClient("http://127.0.0.1:" + port);
        Session s;
        try {
            s = client.newSession("en");
            client.say(s, "hello");
            assertEquals(200, client.press(s, "centers").status());
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        Process again = startServer(port, database().url(), log);
        try {
            assertEquals(4, client.history(s).body().path("messages").size(), "every acknowledged message is kept");
            String reply = client.say(s, "Jeonbuk").body().path("messages").get(0).path("text").asText();
            assertTrue(reply.contains("Jeonbuk Job Center"), reply);
        } finally {
            again.destroyForcibly();
            again.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Process startServer(int port, String dbUrl, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.doyak.cli.Main", "serve", "--port", String.valueOf(port), "--db", dbUrl)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        WebClient client = new WebClient("http://127.0.0.1:" + port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send("GET", "/health", null, null).status() == 200) {
                    return process;
                }
            } catch (RuntimeException notYet) {
                Thread.sleep(200);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start; see " + log);
    }
}
