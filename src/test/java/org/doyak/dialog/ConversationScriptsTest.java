package org.doyak.dialog;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.doyak.scripts.Outcome;
import org.doyak.scripts.ScriptRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the conversation tests staff write in {@code dialogs/tests/*.yaml} through the same runner as
 * {@code doyak.jar test}, one dynamic test per conversation test, named by its file, line and name.
 */
class ConversationScriptsTest {

    /** The real classifier, from a copy of the committed model so a retrain never touches the repository. */
    @TestFactory
    Stream<DynamicTest> every_conversation_test_in_dialogs_passes(@TempDir Path models) throws IOException {
        for (String file : new String[] {"intent-model.bin", "intent-model.json"}) {
            Files.copy(Path.of("nlp-models", file), models.resolve(file));
        }
        List<Outcome> outcomes = ScriptRunner.run(Path.of("dialogs"), models, "en", Clock.systemUTC());
        assertTrue(outcomes.size() >= 2, "dialogs/tests should hold conversation tests");
        return outcomes.stream().map(o -> DynamicTest.dynamicTest(o.file() + ":" + o.line() + ": " + o.name(),
                () -> o.failure().ifPresent(report -> fail("\n" + report))));
    }
}
