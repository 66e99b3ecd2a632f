package org.doyak.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversation-test runner of {@code doyak.jar test}: names the failing test and step, refuses unknown keys. */
class ScriptRunnerTest {
    @TempDir
    Path tmp;

    private List<Outcome> run(String tests) throws IOException {
        Path dialogs = tmp.resolve("dialogs");
        try (Stream<Path> files = Files.walk(Path.of("dialogs"))) {
            for (Path f : files.filter(p -> !p.startsWith(Path.of("dialogs", "tests"))).toList()) {
                Files.copy(f, dialogs.resolve(Path.of("dialogs").relativize(f).toString()));
            }
        }
        Files.createDirectories(dialogs.resolve("tests"));
        Files.writeString(dialogs.resolve("tests/t.yaml"), tests);
        Path models = Files.createDirectories(tmp.resolve("models"));
        for (String file : new String[] {"intent-model.bin", "intent-model.json"}) {
            Files.copy(Path.of("nlp-models", file), models.resolve(file));
        }
        return ScriptRunner.run(dialogs, models, "en", Clock.systemUTC());
    }

    @Test
    void a_failing_step_is_named_with_file_line_expected_and_actual_and_an_unknown_key_fails() throws IOException {
        List<Outcome> outcomes = run(String.join("\n", "tests:", "  - name: greeting passes", "    lang: en",
                "    steps:", "      - say: hi", "        reply_contains: a bot", "  - name: greeting expects too much",
                "    lang: en", "    steps:", "      - say: hi", "        reply_contains: a robot",
                "  - name: misspelled check", "    steps:", "      - say: hi", "        reply_contain: nothing", ""));
        assertEquals(4, outcomes.size(), outcomes.toString());
        assertTrue(outcomes.stream().anyMatch(o -> o.name().equals("greeting passes") && o.passed()));
        String failure = outcomes.stream().filter(o -> o.name().equals("greeting expects too much")).findFirst()
                .orElseThrow().failure().orElseThrow();
        assertTrue(failure.startsWith("dialogs/tests/t.yaml:7: greeting expects too much\n  step at line 10: say: hi\n"
                + "  expected the reply to contain 'a robot'\n  actual reply:\n    "), failure);
        assertTrue(outcomes.stream().anyMatch(o -> o.failure().orElse("").equals("dialogs/tests/t.yaml:15:9: unknown "
                + "key 'reply_contain' — did you mean reply_contains? (allowed: buttons, lang, mode, press, "
                + "reply_contains, reply_not_contains, say, slot)")), outcomes.toString());
    }
}
