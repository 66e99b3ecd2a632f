package org.doyak.dialog.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small dialogs folder for loader tests: the shipped {@code messages.yaml}, a one-step flow unless a
 * test writes its own, and whatever files a test adds.
 */
final class TestDialogs {
    static final String FLOW = "id: x\ntitle: {ko: 가, en: a}\nsteps:\n  - end: true\n";
    private final Path dir;

    TestDialogs(Path tmp) throws IOException {
        dir = tmp.resolve("dialogs");
        Files.createDirectories(dir.resolve("flows"));
        Files.createDirectories(dir.resolve("content"));
        Files.copy(Path.of("dialogs", "messages.yaml"), dir.resolve("messages.yaml"));
        write("flows/test.yaml", FLOW);
    }

    /** Writes a file (e.g. {@code content/events.yaml}), replacing any earlier one. */
    TestDialogs write(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return this;
    }

    /** Loads with one action {@code known_action} that sets the slot {@code found}. */
    DialogLoader.Result load() {
        return DialogLoader.load(dir, Map.of("known_action", Set.of("found")));
    }

    List<String> problems(String lang) {
        return load().problems(lang);
    }

    static void assertProblem(List<String> problems, String expected) {
        assertTrue(problems.contains(expected), "expected '" + expected + "' in " + problems);
    }
}
