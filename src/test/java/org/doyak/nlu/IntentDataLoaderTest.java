package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentDataLoaderTest {

    @TempDir
    Path dialogs;

    private Path write(String name, String yaml) throws IOException {
        Files.createDirectories(dialogs.resolve("intents"));
        return Files.writeString(dialogs.resolve("intents").resolve(name), yaml);
    }

    private static String allRequired() {
        StringBuilder b = new StringBuilder("intents:\n");
        IntentData.REQUIRED.forEach(n -> b.append("  - name: ").append(n).append("\n    examples: [").append(n)
                .append(" example]\n"));
        return b.toString();
    }

    @Test
    void the_shipped_dialogs_have_no_problems_and_enough_examples() {
        assertEquals(List.of(), IntentDataLoader.problems(Path.of("dialogs")));
        IntentData data = IntentDataLoader.load(Path.of("dialogs"));
        for (Intent intent : data.intents()) {
            long korean = intent.examples().stream().filter(e -> LanguageDetector.detect(e, "ko").equals("ko")).count();
            long english = intent.examples().size() - korean;
            assertTrue(korean >= 40 && english >= 15, intent.name() + ": " + korean + " ko, " + english + " en");
        }
    }

    @Test
    void malformed_yaml_is_reported_at_its_line_and_column() throws IOException {
        Path f = write("bad.yaml", "intents:\n  - name: greet\n    examples: [hi, hello\n  - name: x\n");
        List<String> problems = IntentDataLoader.problems(dialogs);
        assertTrue(problems.get(0).startsWith(f + ":3:15:"), problems.get(0)); // where the '[' is left open
        assertTrue(problems.get(0).contains("malformed YAML"), problems.get(0));
    }

    @Test
    void unknown_keys_empty_examples_and_duplicates_are_each_reported_with_their_place() throws IOException {
        Path a = write("a.yaml", allRequired());
        Path b = write("b.yaml", "intents:\n  - name: greet\n    examples: [안녕]\n  - name: jobs\n"
                + "    exemples: [x]\n  - name: events2\n    examples: []\n"
                + "  - name: jobs2\n    examples: [greet example]\n");
        List<String> problems = IntentDataLoader.problems(dialogs);
        assertEquals(List.of(
                b + ":2:11: duplicate intent 'greet', first defined at " + a + ":2:5",
                b + ":5:5: unknown key 'exemples' (allowed: examples, name)",
                b + ":4:5: 'examples' must be a non-empty list",
                b + ":7:15: 'examples' must be a non-empty list",
                b + ":9:16: example also given to intent 'greet'"), problems);
    }

    @Test
    void missing_required_intents_are_named() throws IOException {
        write("few.yaml", "intents:\n  - name: greet\n    examples: [hi]\n");
        List<String> problems = IntentDataLoader.problems(dialogs);
        assertEquals(IntentData.REQUIRED.size() - 1, problems.size());
        assertTrue(problems.contains(dialogs.resolve("intents") + ":1:1: required intent 'goodbye' is missing"));
        IntentDataException e = assertThrows(IntentDataException.class, () -> IntentDataLoader.load(dialogs));
        assertEquals(problems, e.problems());
    }

    @Test
    void a_synonym_file_has_its_own_shape_and_is_loaded_beside_intents() throws IOException {
        write("a.yaml", allRequired());
        write("synonyms.yaml", "synonyms:\n  - canonical: 국민취업지원제도\n    variants: [국취]\n    entity: program\n"
                + "  - canonical: 이력서\n    variant: [cv]\n");
        List<String> problems = IntentDataLoader.problems(dialogs);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith(":6:5: unknown key 'variant' (allowed: canonical, entity, variants)"));
        write("synonyms.yaml", "synonyms:\n  - canonical: 국민취업지원제도\n    variants: [국취]\n    entity: program\n");
        assertEquals(List.of(new Synonym("국민취업지원제도", List.of("국취"), "program")),
                IntentDataLoader.load(dialogs).synonyms());
    }
}
