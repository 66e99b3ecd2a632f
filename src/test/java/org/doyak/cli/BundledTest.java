package org.doyak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doyak.Actions;
import org.doyak.AppConfig;
import org.doyak.dialog.load.DialogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dialogs and model the jar carries: {@code init DIR} writes them out, {@code serve} falls back on them. */
class BundledTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void init_writes_the_bundled_dialogs_and_model_and_never_overwrites() throws IOException {
        Path dir = tmp.resolve("center");
        assertEquals(0, run("init", dir.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals(Files.readString(Path.of("dialogs/flows/welcome.yaml")),
                Files.readString(dir.resolve("dialogs/flows/welcome.yaml")));
        assertTrue(Files.size(dir.resolve("nlp-models/intent-model.bin")) > 10_000);
        assertTrue(Files.exists(dir.resolve("dialogs/tests/welcome.yaml")));
        assertTrue(DialogLoader.load(dir.resolve("dialogs"), Actions.slots()).ok());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("java -jar doyak.jar serve"));

        Files.writeString(dir.resolve("dialogs/flows/welcome.yaml"), "# staff's own edit\n");
        Files.delete(dir.resolve("dialogs/flows/goodbye.yaml"));
        assertEquals(1, run("init", dir.toString(), "--lang", "en"));
        String refusal = err.toString(StandardCharsets.UTF_8);
        assertTrue(refusal.contains("wrote nothing"), refusal);
        assertEquals("# staff's own edit\n", Files.readString(dir.resolve("dialogs/flows/welcome.yaml")));
        assertFalse(Files.exists(dir.resolve("dialogs/flows/goodbye.yaml")));
    }

    @Test
    void serve_without_a_dialogs_folder_uses_the_bundled_ones_and_says_so() {
        AppConfig here = AppConfig.from(Map.of(), Map.of()).withFolders(tmp.resolve("dialogs"), tmp.resolve("models"));
        List<String> notices = new ArrayList<>();
        AppConfig served = Bundled.orBundled(here, false, false, notices::add);
        assertTrue(DialogLoader.load(served.dialogs(), Actions.slots()).ok());
        assertTrue(Files.exists(served.models().resolve("intent-model.bin")));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("bundled in the jar") && notices.get(0).contains("init"), notices.get(0));

        assertSame(here, Bundled.orBundled(here, true, false, notices::add), "a chosen folder is never replaced");
        AppConfig repository = AppConfig.from(Map.of(), Map.of());
        assertSame(repository, Bundled.orBundled(repository, false, false, notices::add));
    }
}
