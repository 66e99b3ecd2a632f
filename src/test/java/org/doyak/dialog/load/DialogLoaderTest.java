package org.doyak.dialog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.doyak.Actions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialogLoaderTest {
    @TempDir
    Path tmp;
    Path dialogs;

    @BeforeEach
    void copyMessages() throws IOException {
        dialogs = tmp.resolve("dialogs");
        Files.createDirectories(dialogs.resolve("flows"));
        Files.copy(Path.of("dialogs", "messages.yaml"), dialogs.resolve("messages.yaml"));
    }

    private List<String> problems(String flowYaml) throws IOException {
        Files.writeString(dialogs.resolve("flows/test.yaml"), flowYaml);
        return DialogLoader.load(dialogs, Set.of("known_action")).problems("en");
    }

    private static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.contains(expected), "expected '" + expected + "' in " + problems);
    }

    @Test
    void the_shipped_dialogs_have_no_problem() {
        DialogLoader.Result result = DialogLoader.load(Path.of("dialogs"), Actions.slots());
        assertEquals(List.of(), result.problems());
        assertTrue(result.dialogs().flow("welcome").isPresent());
    }

    @Test
    void an_unclosed_brace_is_reported_where_it_was_opened_in_plain_words() throws IOException {
        List<String> problems = problems("id: x\ntitle: {ko: a, en: b\nsteps: []\n");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("dialogs/flows/test.yaml:2:8: the '{' opened here is not closed: end it with '}' on the same "
                + "line. Put a text that contains a comma or a colon in quotes.", problems.get(0));
    }

    @Test
    void unknown_step_and_flow_references_are_reported_where_written() throws IOException {
        List<String> problems = problems(String.join("\n",
                "id: x",
                "title: {ko: 가, en: a}",
                "steps:",
                "  - goto: nowhere",
                "  - call: no_such_flow",
                ""));
        assertProblem(problems, "dialogs/flows/test.yaml:4:11: unknown step 'nowhere'");
        assertProblem(problems, "dialogs/flows/test.yaml:5:11: unknown flow 'no_such_flow'");
    }

    @Test
    void a_step_after_an_end_is_unreachable() throws IOException {
        List<String> problems = problems(String.join("\n",
                "id: x",
                "title: {ko: 가, en: a}",
                "steps:",
                "  - end: true",
                "  - id: orphan",
                "    say: {ko: 가, en: a}",
                ""));
        assertProblem(problems, "dialogs/flows/test.yaml:5:5: step 'orphan' can never be reached");
    }

    @Test
    void a_text_missing_english_is_reported() throws IOException {
        List<String> problems = problems(String.join("\n",
                "id: x",
                "title: {ko: 가, en: a}",
                "steps:",
                "  - say: {ko: 안녕}",
                ""));
        assertProblem(problems, "dialogs/flows/test.yaml:4:10: missing 'en' text in step 'step-1'");
    }

    @Test
    void duplicate_step_ids_and_keys_are_reported() throws IOException {
        List<String> problems = problems(String.join("\n",
                "id: x",
                "title: {ko: 가, en: a}",
                "steps:",
                "  - id: a",
                "    say: {ko: 가, en: a}",
                "  - id: a",
                "    say: {ko: 가, en: a, en: b}",
                ""));
        assertProblem(problems, "dialogs/flows/test.yaml:6:5: duplicate step id 'a' (first at line 4)");
        assertProblem(problems, "dialogs/flows/test.yaml:7:25: duplicate key 'en' (first at line 7)");
    }

    @Test
    void duplicate_flow_ids_across_files_are_reported() throws IOException {
        Files.writeString(dialogs.resolve("flows/other.yaml"), "id: x\ntitle: {ko: 가, en: a}\nsteps:\n  - end: true\n");
        List<String> problems = problems("id: x\ntitle: {ko: 가, en: a}\nsteps:\n  - end: true\n");
        assertProblem(problems,
                "dialogs/flows/test.yaml:1:1: duplicate flow id 'x' (also in dialogs/flows/other.yaml:1:1)");
    }

    @Test
    void a_button_without_payload_is_reported() throws IOException {
        List<String> problems = problems(String.join("\n",
                "id: x",
                "title: {ko: 가, en: a}",
                "steps:",
                "  - say: {ko: 가, en: a}",
                "    buttons:",
                "      - title: {ko: 네, en: 'yes'}",
                ""));
        assertProblem(problems, "dialogs/flows/test.yaml:6:9: button without a payload");
    }

    @Test
    void bad_conditions_unknown_keys_and_actions_are_reported_together() throws IOException {
        List<String> problems = problems(String.join("\n",
                "id: x",
                "title: {ko: 가, en: a}",
                "steps:",
                "  - branch:",
                "      - if: age is about 30",
                "        goto: done",
                "  - do: no_such_action",
                "  - id: done",
                "    end: true",
                "    colour: red",
                ""));
        assertProblem(problems, "dialogs/flows/test.yaml:5:13: cannot read condition 'age is about 30'"
                + " (write e.g. 'age >= 35', 'status == unemployed', 'region is set')");
        assertProblem(problems, "dialogs/flows/test.yaml:7:5: unknown action 'no_such_action' (known: known_action)");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("dialogs/flows/test.yaml:10:5: unknown key 'colour'")),
                problems.toString());
    }

    @Test
    void a_missing_system_message_is_reported() throws IOException {
        Files.writeString(dialogs.resolve("messages.yaml"), "messages:\n  unclear: {ko: 가, en: a}\n");
        List<String> problems = problems("id: x\ntitle: {ko: 가, en: a}\nsteps:\n  - end: true\n");
        assertProblem(problems, "dialogs/messages.yaml:1:1: missing system message 'retry' (ko and en)");
    }

    @Test
    void an_unquoted_comma_in_a_content_text_is_caught_not_silently_split() throws IOException {
        Files.createDirectories(dialogs.resolve("content"));
        Files.writeString(dialogs.resolve("content/jobs.yaml"),
                "collection: jobs\nitems:\n  - id: a\n    name: {ko: 예술, en: Arts, design}\n");
        List<String> problems = problems("id: x\ntitle: {ko: 가, en: a}\nsteps:\n  - end: true\n");
        assertProblem(problems, "dialogs/content/jobs.yaml:4:30: the text was cut at a comma and 'design' read as "
                + "a new key: put a text with a comma in quotes: en: \"Arts, design\"");
    }

    @Test
    void a_missing_folder_is_one_clear_problem() {
        List<String> problems = DialogLoader.load(tmp.resolve("nope"), Set.of()).problems("en");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).endsWith("no such dialogs folder"), problems.get(0));
    }
}
