package org.doyak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doyak.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validate_exits_0_on_the_shipped_dialogs_and_says_so_in_korean() {
        assertEquals(0, run("validate"));
        assertTrue(out().contains("문제 없음"), out());
    }

    @Test
    void validate_prints_one_line_per_problem_and_exits_1(@TempDir Path tmp) throws IOException {
        Path dialogs = tmp.resolve("dialogs");
        Files.createDirectories(dialogs.resolve("flows"));
        Files.writeString(dialogs.resolve("flows/a.yaml"),
                "id: a\ntitle: {ko: 가, en: a}\nsteps:\n  - say: {ko: 가}\n  - goto: b\n");
        assertEquals(1, run("validate", dialogs.toString()));
        assertTrue(out().lines().toList().contains("dialogs/flows/a.yaml:4:10: 단계 'step-1'에 'en' 텍스트가 없어요"), out());
        out.reset();
        assertEquals(1, run("validate", dialogs.toString(), "--lang", "en"));
        List<String> lines = out().lines().toList();
        assertTrue(lines.contains("dialogs/flows/a.yaml:4:10: missing 'en' text in step 'step-1'"), out());
        assertTrue(lines.contains("dialogs/flows/a.yaml:5:11: unknown step 'b'"), out());
        assertTrue(lines.stream().allMatch(l -> l.matches("[^:]+:\\d+:\\d+: .+")), out());
    }

    @Test
    void the_staff_language_comes_from_the_flag_then_the_environment() {
        assertEquals("en", StaffLang.of(Map.of(), Map.of("DOYAK_STAFF_LANG", "en")));
        assertEquals("ko", StaffLang.of(Map.of("lang", "ko"), Map.of("DOYAK_STAFF_LANG", "en")));
        assertEquals("ko", StaffLang.of(Map.of(), Map.of()));
    }

    @Test
    void test_runs_the_conversation_tests_without_maven_and_names_a_failure_with_file_line_expected_and_actual(
            @TempDir Path tmp) throws IOException {
        Path[] copies = Folders.dialogsAndModels(tmp);
        Path tests = copies[0].resolve("tests");
        try (var files = Files.list(tests)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(tests.resolve("menu.yaml"), """
                tests:
                  - name: the menu offers centers
                    lang: ko
                    steps:
                      - press: menu
                        reply_contains: 무엇을 도와드릴까요
                """);
        assertEquals(0, run("test", copies[0].toString(), "--models", copies[1].toString()));
        assertTrue(out().contains("1개 중 1개 통과"), out());
        Files.writeString(tests.resolve("menu.yaml"), Files.readString(tests.resolve("menu.yaml"))
                .replace("무엇을 도와드릴까요", "없는 말"));
        out.reset();
        assertEquals(1, run("test", copies[0].toString(), "--models", copies[1].toString()));
        String report = out() + err();
        assertTrue(report.contains("tests/menu.yaml:2: the menu offers centers") && report.contains("없는 말")
                && report.contains("실제 답"), report);
    }

    @Test
    void help_prints_usage_and_exits_0() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("validate [DIR]") && out().contains("test [DIR]"), out());
        out.reset();
        assertEquals(0, run("serve", "--help"));
        assertTrue(out().startsWith("usage: java -jar doyak.jar serve [--port N]"), out());
        out.reset();
        assertEquals(0, run("help", "user"));
        assertTrue(out().contains("--center ID"), out());
    }

    @Test
    void a_misspelled_option_or_command_is_an_error_with_the_one_meant() {
        assertEquals(2, run("serve", "--prot", "9999"));
        assertTrue(err().contains("unknown option --prot (did you mean --port?)"), err());
        assertEquals(2, run("user", "add", "--centre", "x", "--password-stdin"));
        assertTrue(err().contains("unknown option --centre (did you mean --center?)"), err());
        assertEquals(2, run("vaildate"));
        assertTrue(err().contains("unknown command 'vaildate' (did you mean 'validate'?)"), err());
    }

    @Test
    void a_repeated_option_keeps_every_value() {
        Args args = Args.parse(List.of("add", "--center", "a", "--center=b"), Set.of("center"));
        assertEquals(List.of("a", "b"), args.all("center"));
    }

    @Test
    void graph_prints_a_mermaid_flowchart_of_one_flow() {
        assertEquals(0, run("graph", "--flow", "counselor"));
        assertTrue(out().startsWith("flowchart TD\n"), out());
        assertTrue(out().contains("-->|\"wants_counselor == yes\"| counselor__hand_over"), out());
    }

    @Test
    void graph_shows_the_bots_texts_and_buttons_and_the_menus_links_to_flows() {
        assertEquals(0, run("graph", "--flow", "welcome"));
        String chart = out();
        assertTrue(chart.contains("welcome__hello[\"say: hello<br/>안녕하세요! 고용센터 안내 챗봇 도약이에요. 저는 사람이 아닌 챗봇이에요…"
                + "<br/>[진로 탐색] [이력서·자소서]"), chart);
        assertTrue(chart.contains("welcome__hello -->|\"센터 찾기\"| centers"), chart);
        assertTrue(chart.contains("  centers[[\"→ "), chart);
        out.reset();
        assertEquals(0, run("graph", "--flow", "counselor"));
        assertTrue(out().contains("counselor__confirm[\"ask: confirm<br/>상담사에게 연결할까요?<br/>[네 연결해 주세요] [아니요]\"]"),
                out());
    }

    @Test
    void an_unknown_command_or_bad_number_is_a_usage_error() {
        assertEquals(2, run("fly"));
        assertEquals(2, run("bench", "--sessions", "many"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--sessions must be a number"));
    }
}
