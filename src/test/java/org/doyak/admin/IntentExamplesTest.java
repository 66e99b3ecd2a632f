package org.doyak.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.doyak.nlu.IntentDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntentExamplesTest {
    private static final String FILE = String.join("\n",
            "# Two intents, with a comment staff wrote.",
            "intents:",
            "  - name: events",
            "    examples:",
            "      - 채용박람회 언제 해요",
            "      - job fairs near me",
            "  - name: greet",
            "    examples:",
            "      - 안녕",
            "");

    @TempDir
    Path dialogs;

    @BeforeEach
    void writeIntents() throws IOException {
        Files.createDirectories(dialogs.resolve("intents"));
        Files.writeString(dialogs.resolve("intents/mixed.yaml"), FILE);
    }

    @Test
    void an_example_goes_after_the_intents_last_example_and_keeps_the_rest_of_the_file() throws IOException {
        IntentExamples.add(dialogs, "events", "박람회 \"언제\" 해?");
        String text = Files.readString(dialogs.resolve("intents/mixed.yaml"));
        assertEquals(FILE.replace("      - job fairs near me\n",
                "      - job fairs near me\n      - \"박람회 \\\"언제\\\" 해?\"\n"), text);
        assertEquals(3, IntentDataLoader.loadFile(dialogs.resolve("intents/mixed.yaml")).intents().get(0)
                .examples().size());
    }

    @Test
    void the_last_intent_of_a_file_gets_its_example_too() throws IOException {
        IntentExamples.add(dialogs, "greet", "하이");
        assertEquals(FILE + "      - \"하이\"\n", Files.readString(dialogs.resolve("intents/mixed.yaml")) + "");
    }

    @Test
    void an_unknown_intent_or_an_empty_or_multiline_example_is_refused() {
        assertThrows(NoSuchElementException.class, () -> IntentExamples.add(dialogs, "evnts", "x"));
        assertThrows(IllegalArgumentException.class, () -> IntentExamples.add(dialogs, "events", "  "));
        assertThrows(IllegalArgumentException.class, () -> IntentExamples.add(dialogs, "events", "a\nb"));
    }
}
