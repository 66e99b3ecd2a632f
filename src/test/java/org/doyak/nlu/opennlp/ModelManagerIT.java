package org.doyak.nlu.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.doyak.nlu.IntentClassifier;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.IntentDataLoader;
import org.doyak.nlu.Understanding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelManagerIT {

    private static final String PROBE = "zebra giraffe safari";

    @TempDir
    Path dialogs;
    @TempDir
    Path models;

    /** Writes every required intent with a few distinct examples; {@code extra} goes to events. */
    private void writeDialogs(String extra) throws IOException {
        StringBuilder b = new StringBuilder("intents:\n");
        for (String name : IntentData.REQUIRED) {
            String words = name.replace('_', ' ');
            b.append("  - name: ").append(name).append("\n    examples:\n");
            for (String form : new String[] {"%s", "about %s", "%s please", "i want %s", "%s help", "%s now"}) {
                b.append("      - ").append(String.format(form, words)).append('\n');
            }
            if (name.equals("events") && !extra.isEmpty()) {
                b.append("      - ").append(extra).append('\n');
            }
        }
        Files.createDirectories(dialogs.resolve("intents"));
        Files.writeString(dialogs.resolve("intents/all.yaml"), b.toString());
    }

    @Test
    void without_a_stored_model_it_trains_at_start_and_stores_the_data_hash() throws IOException {
        writeDialogs("");
        try (ModelManager manager = ModelManager.start(dialogs, models)) {
            assertEquals("resume_help", manager.get().rank("resume help please").get(0).name());
        }
        String hash = new ObjectMapper().readTree(ModelStore.metaFile(models).toFile()).get("data_sha256").asText();
        assertEquals(ModelStore.hash(IntentDataLoader.load(dialogs)), hash);
        assertTrue(Files.size(ModelStore.modelFile(models)) > 0);
    }

    @Test
    void changed_data_is_retrained_in_the_background_and_swapped_in_without_interrupting_readers()
            throws Exception {
        writeDialogs("");
        ModelManager.start(dialogs, models).close();
        writeDialogs(PROBE);
        try (NluModule nlu = NluModule.start(dialogs, models, List.of(), Clock.systemUTC())) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger bad = new AtomicInteger();
            AtomicInteger calls = new AtomicInteger();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    Understanding u = nlu.understand("resume help please", "en");
                    calls.incrementAndGet();
                    if (u.ranking().isEmpty() || !u.best().orElseThrow().name().equals("resume_help")) {
                        bad.incrementAndGet();
                    }
                }
            });
            reader.start();
            nlu.retrainIfChanged().get(60, TimeUnit.SECONDS);
            stop.set(true);
            reader.join();
            assertEquals(0, bad.get());
            assertTrue(calls.get() > 0);
            assertEquals("events", nlu.understand(PROBE, "en").best().orElseThrow().name());
        }
        assertEquals(ModelStore.hash(IntentDataLoader.load(dialogs)),
                new ObjectMapper().readTree(ModelStore.metaFile(models).toFile()).get("data_sha256").asText());
    }

    @Test
    void unchanged_data_is_not_retrained_and_data_with_problems_keeps_the_current_model() throws Exception {
        writeDialogs("");
        try (ModelManager manager = ModelManager.start(dialogs, models)) {
            IntentClassifier before = manager.get();
            assertFalse(manager.retrainIfChanged().get(60, TimeUnit.SECONDS));
            Files.writeString(dialogs.resolve("intents/broken.yaml"), "intents: [\n");
            assertFalse(manager.retrainIfChanged().get(60, TimeUnit.SECONDS));
            assertSame(before, manager.get());
        }
    }

    @Test
    void a_stale_model_is_served_at_start_then_replaced() throws Exception {
        writeDialogs("");
        ModelManager.start(dialogs, models).close();
        writeDialogs(PROBE);
        try (ModelManager manager = ModelManager.start(dialogs, models)) {
            IntentClassifier served = manager.get();
            manager.retrainIfChanged().get(60, TimeUnit.SECONDS);
            assertNotSame(served, manager.get());
            assertEquals("events", manager.get().rank(PROBE).get(0).name());
        }
    }
}
