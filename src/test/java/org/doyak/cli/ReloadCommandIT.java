package org.doyak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doyak.testing.Folders;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doyak.jar reload}: asks the running service to publish now, through the admin API. */
class ReloadCommandIT {
    private static final String PASSWORD = "correct horse 9";
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    private int reload(String url, String password, String... more) {
        out.reset();
        err.reset();
        List<String> argv = new ArrayList<>(List.of("--url", url, "--username", "lee", "--password-stdin"));
        argv.addAll(List.of(more));
        return ReloadCommand.run(Args.parse(argv, Usage.of("reload").options()),
                new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)), Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void reload_publishes_an_edit_at_once_and_a_broken_edit_is_refused_with_its_line() throws IOException {
        Path[] copies = Folders.dialogsAndModels(tmp);
        try (TestServer server = TestServer.start(tmp, copies[0], copies[1])) {
            server.addStaff("lee", "admin", PASSWORD);
            Path welcome = copies[0].resolve("flows/welcome.yaml");
            Files.writeString(welcome, Files.readString(welcome).replace("안녕하세요! 고용센터", "어서 오세요! 고용센터"));
            assertEquals(0, reload(server.baseUrl(), PASSWORD), err.toString(StandardCharsets.UTF_8));
            String said = out.toString(StandardCharsets.UTF_8);
            assertTrue(said.contains("게시했어요") || said.contains("바뀐 것이 없어요"), said);
            WebClient web = new WebClient(server.baseUrl());
            assertTrue(web.say(web.newSession("ko"), "안녕").body().toString().contains("어서 오세요! 고용센터"));

            Files.writeString(welcome, Files.readString(welcome).replace("steps:", "steps: ["));
            assertEquals(1, reload(server.baseUrl(), PASSWORD, "--lang", "en"));
            String problems = err.toString(StandardCharsets.UTF_8);
            assertTrue(problems.contains("flows/welcome.yaml:") && problems.contains("not published"), problems);
            assertTrue(web.say(web.newSession("ko"), "안녕").body().toString().contains("어서 오세요! 고용센터"));

            assertEquals(1, reload(server.baseUrl(), "wrong password"));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("로그인하지 못했어요 (HTTP 401)"),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void reload_without_a_running_service_says_where_it_looked() {
        assertEquals(1, reload("http://127.0.0.1:1", PASSWORD));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("http://127.0.0.1:1에 연결하지 못했어요"),
                err.toString(StandardCharsets.UTF_8));
    }
}
