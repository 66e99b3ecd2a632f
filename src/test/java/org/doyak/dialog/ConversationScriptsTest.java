package org.doyak.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.doyak.Actions;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.ContentNames;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.nlu.opennlp.NluModule;
import org.doyak.testing.EngineHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the conversation tests staff write in {@code dialogs/tests/*.yaml} against the shipped
 * dialogs, one dynamic test per case. Format: see dialogs/README.md.
 */
class ConversationScriptsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static NluModule nlu;

    /** The real classifier, from a copy of the committed model so a retrain never touches the repository. */
    @BeforeAll
    static void startNlu(@TempDir Path models) throws IOException {
        for (String file : new String[] {"intent-model.bin", "intent-model.json"}) {
            Files.copy(Path.of("nlp-models", file), models.resolve(file));
        }
        Dialogs dialogs = DialogLoader.load(Path.of("dialogs"), Actions.slots()).dialogs();
        nlu = NluModule.start(Path.of("dialogs"), models, ContentNames.of(dialogs), Clock.systemUTC());
    }

    @AfterAll
    static void stopNlu() {
        nlu.close();
    }

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> every_conversation_test_in_dialogs_passes() throws IOException {
        Path folder = Path.of("dialogs", "tests");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode root = YAML.readTree(file.toFile());
                int n = 0;
                for (JsonNode test : root.path("tests")) {
                    Path dir = tmp.resolve(file.getFileName() + "-" + n++);
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + test.path("name").asText(),
                            () -> run(dir, test)));
                }
            }
        }
        assertTrue(tests.size() >= 2, "dialogs/tests should hold conversation tests");
        return tests.stream();
    }

    private static void run(Path dir, JsonNode test) throws IOException {
        Files.createDirectories(dir);
        try (EngineHarness engine = EngineHarness.start(dir, Path.of("dialogs"), EngineHarness::serviceActions,
                nlu, Clock.systemUTC())) {
            String id = engine.open(test.path("lang").asText("ko"));
            int stepNo = 0;
            for (JsonNode step : test.path("steps")) {
                stepNo++;
                List<ChatMessage> replies;
                if (step.has("say")) {
                    replies = engine.say(id, step.get("say").asText());
                } else if (step.has("press")) {
                    replies = engine.press(id, step.get("press").asText());
                } else {
                    fail("step " + stepNo + " needs 'say' or 'press'");
                    return;
                }
                check(stepNo, step, replies, engine.state(id));
            }
        }
    }

    private static void check(int stepNo, JsonNode step, List<ChatMessage> replies, Conversation state) {
        String where = "step " + stepNo + " (" + step.toString() + ")";
        String text = replies.stream().map(ChatMessage::text).collect(Collectors.joining("\n"));
        List<String> buttons = replies.stream().flatMap(m -> m.buttons().stream())
                .map(ChatMessage.Choice::title).toList();
        for (JsonNode expected : list(step.path("reply_contains"))) {
            assertTrue(text.contains(expected.asText()), where + ": reply should contain '" + expected.asText()
                    + "' but was:\n" + text);
        }
        for (JsonNode unexpected : list(step.path("reply_not_contains"))) {
            assertTrue(!text.contains(unexpected.asText()), where + ": reply should not contain '"
                    + unexpected.asText() + "' but was:\n" + text);
        }
        for (JsonNode button : list(step.path("buttons"))) {
            assertTrue(buttons.contains(button.asText()), where + ": should offer button '" + button.asText()
                    + "', offered " + buttons);
        }
        step.path("slot").properties().forEach(e ->
                assertEquals(e.getValue().isNull() ? null : e.getValue().asText(), state.slots().get(e.getKey()),
                        where + ": slot " + e.getKey()));
        if (step.has("mode")) {
            assertEquals(step.get("mode").asText().toUpperCase(Locale.ROOT), state.mode().name(), where);
        }
        if (step.has("lang")) {
            assertEquals(step.get("lang").asText(), state.lang(), where);
        }
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else if (!node.isMissingNode()) {
            out.add(node);
        }
        return out;
    }
}
