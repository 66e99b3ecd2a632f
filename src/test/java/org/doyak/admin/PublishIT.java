package org.doyak.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.Eventually;
import org.doyak.testing.Folders;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live publish: the service watches its dialogs folder, swaps in valid edits and refuses broken ones. */
class PublishIT {
    private static final String OLD_HELLO = "안녕하세요! 고용센터 안내 챗봇 도약이에요.";
    private static final String NEW_HELLO = "반가워요! 도약이 새 인사말로 인사드려요.";
    private static final String PASSWORD = "correct horse 9";

    @TempDir
    Path tmp;
    private Path dialogs;
    private Path models;

    @BeforeEach
    void copyDialogsAndModels() throws IOException {
        Path[] copies = Folders.dialogsAndModels(tmp);
        dialogs = copies[0];
        models = copies[1];
    }

    @Test
    void a_changed_text_goes_live_without_a_restart() throws Exception {
        try (TestServer server = TestServer.start(tmp, dialogs, models)) {
            WebClient web = new WebClient(server.baseUrl());
            assertTrue(greeting(web).contains(OLD_HELLO));
            long start = System.nanoTime();
            edit("flows/welcome.yaml", OLD_HELLO, NEW_HELLO);
            String now = Eventually.until(() -> greeting(web), g -> g.contains(NEW_HELLO), Duration.ofSeconds(15),
                    "the new greeting");
            System.out.printf("text edit live after %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertTrue(now.contains(NEW_HELLO), now);
            JsonNode latest = admin(server).get("/api/admin/publish").body().path("publishes").get(0);
            assertEquals("published", latest.path("result").asText());
            assertEquals("files", latest.path("who").asText());
            assertEquals("changed flows/welcome.yaml", latest.path("changes").get(0).asText());
        }
    }

    @Test
    void a_broken_edit_is_refused_with_file_and_line_and_the_old_version_keeps_serving() throws Exception {
        try (TestServer server = TestServer.start(tmp, dialogs, models)) {
            ConsoleClient admin = admin(server);
            edit("flows/welcome.yaml", "steps:", "steps: [");
            WebClient.Response refused = admin.post("/api/admin/publish", "{}");
            assertEquals(422, refused.status(), refused.body().toString());
            assertEquals("refused", refused.body().path("result").asText());
            String problem = refused.body().path("problems").get(0).asText();
            assertTrue(problem.contains("welcome.yaml:") && problem.contains("닫히지 않았어요"), problem);
            assertTrue(greeting(new WebClient(server.baseUrl())).contains(OLD_HELLO));
            edit("flows/welcome.yaml", "steps: [", "steps:");
            WebClient.Response fixed = admin.post("/api/admin/publish", "{}");
            assertEquals(200, fixed.status(), fixed.body().toString());
        }
    }

    @Test
    void a_server_started_on_broken_files_serves_the_last_good_copy() throws Exception {
        try (TestServer first = TestServer.start(tmp, dialogs, models)) {
            assertTrue(greeting(new WebClient(first.baseUrl())).contains(OLD_HELLO));
        }
        edit("flows/welcome.yaml", OLD_HELLO, NEW_HELLO);
        edit("flows/centers.yaml", "steps:", "steps: [");
        try (TestServer second = TestServer.start(tmp, dialogs, models)) {
            assertTrue(greeting(new WebClient(second.baseUrl())).contains(OLD_HELLO));
            JsonNode latest = admin(second).get("/api/admin/publish").body().path("publishes").get(0);
            assertEquals("refused", latest.path("result").asText());
            assertEquals("start", latest.path("who").asText());
        }
    }

    @Test
    void a_server_started_on_broken_files_without_a_copy_does_not_start() throws IOException {
        edit("flows/centers.yaml", "steps:", "steps: [");
        DialogsRefusedException e = assertThrows(DialogsRefusedException.class,
                () -> TestServer.start(tmp, dialogs, models).close());
        assertTrue(e.problems().get(0).contains("centers.yaml:"), e.getMessage());
    }

    @Test
    void a_change_that_breaks_a_conversation_test_is_refused_then_a_waiting_seeker_keeps_their_question()
            throws Exception {
        try (TestServer server = TestServer.start(tmp, dialogs, models)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session seeker = web.newSession("ko");
            assertTrue(web.press(seeker, "counselor").body().toString().contains("상담사에게 연결할까요?"));
            edit("flows/counselor.yaml", "steps:\n", "steps:\n  - ask: {ko: \"어떤 일로 연결할까요?\", en: \"What about?\"}\n"
                    + "    slot: topic\n");
            ConsoleClient admin = admin(server);
            WebClient.Response refused = admin.post("/api/admin/publish", "{}");
            assertEquals(422, refused.status(), refused.body().toString());
            String problems = refused.body().path("problems").toString();
            assertTrue(problems.contains("tests/welcome.yaml:57: asking for a counselor and changing one's mind")
                    && problems.contains("What about?"), problems);
            assertTrue(web.press(web.newSession("ko"), "counselor").body().toString().contains("상담사에게 연결할까요?"));
            // Staff drop the tests the new question outdates: every test file the refusal names.
            Matcher named = Pattern.compile("tests/([A-Za-z0-9_]+\\.yaml):").matcher(problems);
            while (named.find()) {
                Files.deleteIfExists(dialogs.resolve("tests").resolve(named.group(1)));
            }
            assertEquals(200, admin.post("/api/admin/publish", "{}").status());
            String reply = web.press(seeker, "no").body().toString();
            assertTrue(reply.contains("계속 도와드릴게요"), reply);
        }
    }

    @Test
    void a_seeker_whose_question_was_removed_gets_the_flow_again_with_a_notice() throws Exception {
        try (TestServer server = TestServer.start(tmp, dialogs, models)) {
            WebClient web = new WebClient(server.baseUrl());
            WebClient.Session seeker = web.newSession("ko");
            web.press(seeker, "counselor");
            edit("flows/counselor.yaml", "id: confirm", "id: confirm_again");
            edit("flows/counselor.yaml", "연결할까요?", "연결해 드릴까요?");
            assertEquals(200, admin(server).post("/api/admin/publish", "{}").status());
            String reply = web.press(seeker, "yes").body().toString();
            assertTrue(reply.contains("질문이 바뀌었어요") && reply.contains("연결해 드릴까요?"), reply);
        }
    }

    @Test
    void publishing_needs_an_admin() {
        try (TestServer server = TestServer.start(tmp, dialogs, models)) {
            ConsoleClient anyone = new ConsoleClient(server.baseUrl());
            assertEquals(401, anyone.post("/api/admin/publish", "{}").status());
            server.addStaff("kim", "counselor", PASSWORD);
            anyone.login("kim", PASSWORD);
            assertEquals(403, anyone.post("/api/admin/publish", "{}").status());
        }
    }

    private static ConsoleClient admin(TestServer server) {
        server.addStaff("lee", "admin", PASSWORD);
        ConsoleClient admin = new ConsoleClient(server.baseUrl());
        admin.login("lee", PASSWORD);
        return admin;
    }

    private static String greeting(WebClient web) {
        return web.say(web.newSession("ko"), "안녕").body().toString();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = dialogs.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }
}
