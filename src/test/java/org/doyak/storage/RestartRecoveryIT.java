package org.doyak.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.doyak.testing.OnEachDatabase;
import org.doyak.testing.ServerProcess;
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
        int port = ServerProcess.freePort();
        Path log = tmp.resolve("server.log");
        Session s;
        try (ServerProcess server = ServerProcess.start(port, database().url(), log, Map.of())) {
            WebClient client = new WebClient(server.baseUrl());
            s = client.newSession("en");
            client.say(s, "hello");
            assertEquals(200, client.press(s, "centers").status());
        }
        try (ServerProcess again = ServerProcess.start(port, database().url(), log, Map.of())) {
            WebClient client = new WebClient(again.baseUrl());
            assertEquals(4, client.history(s).body().path("messages").size(), "every acknowledged message is kept");
            String reply = client.say(s, "Jeonbuk").body().path("messages").get(0).path("text").asText();
            assertTrue(reply.contains("Jeonbuk Job Center"), reply);
        }
    }
}
