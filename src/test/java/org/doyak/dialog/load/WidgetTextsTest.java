package org.doyak.dialog.load;

import static org.doyak.dialog.load.TestDialogs.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.doyak.Actions;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.WidgetText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The widget's own texts under {@code widget:} in messages.yaml: loaded in both languages, mistakes on their line. */
class WidgetTextsTest {
    private static final String SEND = "  send:\n    ko: \"보내기\"\n    en: \"Send\"\n";

    @TempDir
    Path tmp;
    private TestDialogs dialogs;
    private String shipped;

    @BeforeEach
    void copyShippedMessages() throws IOException {
        dialogs = new TestDialogs(tmp);
        shipped = Files.readString(Path.of("dialogs", "messages.yaml"));
        assertTrue(shipped.contains(SEND), "the shipped messages.yaml has the send button's texts");
    }

    @Test
    void the_shipped_dialogs_define_every_widget_text_in_korean_and_english() {
        Dialogs loaded = DialogLoader.load(Path.of("dialogs"), Actions.slots()).dialogs();
        List<String> keys = Arrays.stream(WidgetText.values()).map(WidgetText::key).sorted().toList();
        Map<String, String> ko = loaded.widgetTexts("ko");
        Map<String, String> en = loaded.widgetTexts("en");
        assertEquals(keys, ko.keySet().stream().sorted().toList());
        assertEquals(keys, en.keySet().stream().sorted().toList());
        assertEquals("보내기", ko.get("send"));
        assertEquals("Send", en.get("send"));
        keys.stream().filter(k -> !k.equals("name_bot")).forEach(k -> assertNotEquals(ko.get(k), en.get(k), k));
    }

    @Test
    void a_widget_text_without_english_is_reported_on_its_line() throws IOException {
        List<String> problems = problemsAfter(SEND, "  send:\n    ko: \"보내기\"\n");
        int line = lineOf("  send:") + 1;
        assertProblem(problems, "dialogs/messages.yaml:" + line + ":5: missing 'en' text in widget text 'send'");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void a_misspelled_widget_key_is_reported_with_the_key_meant_and_the_missing_one_at_the_section()
            throws IOException {
        List<String> problems = problemsAfter(SEND, SEND.replace("  send:", "  sned:"));
        assertProblem(problems, "dialogs/messages.yaml:" + lineOf("  sned:") + ":3: unknown widget text 'sned' — did "
                + "you mean send?");
        assertProblem(problems, "dialogs/messages.yaml:" + lineOf("widget:") + ":1: missing widget texts (write them "
                + "under widget: in Korean and English; java -jar doyak.jar init EMPTY_FOLDER writes a messages.yaml "
                + "with the defaults): send");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(dialogs.problems("ko").contains("dialogs/messages.yaml:" + lineOf("  sned:")
                + ":3: 알 수 없는 위젯 문구 'sned' — send를 말씀하신 건가요?"), dialogs.problems("ko").toString());
    }

    @Test
    void a_placeholder_the_widget_does_not_fill_is_reported_on_its_line() throws IOException {
        String count = "    en: \"{length} / {max} characters\"\n";
        List<String> problems = problemsAfter(count, count.replace("{length}", "{lenght}"));
        assertProblem(problems, "dialogs/messages.yaml:" + lineOf("{lenght}") + ":9: widget text 'char_count' cannot "
                + "use the placeholder {lenght} — did you mean length? (allowed: length, max)");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void a_placeholder_with_a_particle_is_reported_since_the_widget_fills_only_plain_ones() throws IOException {
        String count = "    ko: \"{length} / {max}자\"\n";
        List<String> problems = problemsAfter(count, count.replace("{length}", "{length|은}"));
        assertProblem(problems, "dialogs/messages.yaml:" + lineOf("{length|은}") + ":9: widget text 'char_count': the "
                + "widget does not choose particles; write {length} alone");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void messages_yaml_without_a_widget_section_names_every_missing_text() throws IOException {
        String withoutWidget = shipped.substring(0, shipped.indexOf("\nwidget:") + 1);
        dialogs.write("messages.yaml", withoutWidget);
        List<String> problems = dialogs.problems("en");
        assertEquals(1, problems.size(), problems.toString());
        String expected = "dialogs/messages.yaml:" + lineOf("messages:") + ":1: missing widget texts";
        assertTrue(problems.get(0).startsWith(expected), problems.get(0));
        Arrays.stream(WidgetText.values()).forEach(t -> assertTrue(problems.get(0).contains(t.key()), t.key()));
    }

    private List<String> problemsAfter(String from, String to) throws IOException {
        assertTrue(shipped.contains(from), from);
        shipped = shipped.replace(from, to);
        dialogs.write("messages.yaml", shipped);
        return dialogs.problems("en");
    }

    /** The 1-based line of the first line of the current messages.yaml containing {@code text}. */
    private int lineOf(String text) {
        List<String> lines = shipped.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + text);
    }
}
