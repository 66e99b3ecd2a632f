package org.doyak.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NluCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return NluCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void eval_prints_a_report_and_ends_with_one_json_line_of_figures() throws IOException {
        Path train = file("train.yml", "intents:\n"
                + "  - name: weather\n    examples: [is it raining, weather today, will it be sunny, forecast please,"
                + " is it cold outside]\n"
                + "  - name: music\n    examples: [play a song, play some jazz, put on music, next track please,"
                + " turn up the music]\n"
                + "  - name: oos\n    examples: [what is love, how tall are you, tell me a secret]\n");
        Path test = file("test.yml", "intents:\n  - name: weather\n    examples: [weather forecast today]\n"
                + "  - name: music\n    examples: [play jazz music]\n  - name: oos\n    examples: [banana]\n");
        assertEquals(0, run("eval", "--train", train.toString(), "--test", test.toString(), "--oos-label", "oos"));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
        for (String key : List.of("in_scope_accuracy", "oos_recall", "accuracy", "macro_f1", "train_seconds",
                "classify_micros_median")) {
            assertTrue(figures.get(key).isNumber(), key);
        }
        assertEquals(3, figures.get("n_test").asInt());
        assertEquals(1.0, figures.get("in_scope_accuracy").asDouble());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("most confused"));
    }

    @Test
    void eval_with_a_validation_file_chooses_on_it_and_learns_from_it_for_the_final_model() throws IOException {
        Path train = file("train.yml", "intents:\n"
                + "  - name: weather\n    examples: [is it raining, weather today, will it be sunny, forecast please]\n"
                + "  - name: music\n    examples: [play a song, play some jazz, put on music, next track please]\n"
                + "  - name: oos\n    examples: [what is love, how tall are you, tell me a secret]\n");
        Path val = file("val.yml", "intents:\n  - name: weather\n    examples: [umbrella needed, is it cold outside]\n"
                + "  - name: music\n    examples: [turn up the volume, play the radio]\n"
                + "  - name: oos\n    examples: [what is your name]\n");
        Path test = file("test.yml", "intents:\n  - name: weather\n    examples: [do i need an umbrella]\n"
                + "  - name: music\n    examples: [volume up please]\n");
        assertEquals(0, run("eval", "--train", train.toString(), "--test", test.toString(), "--oos-label", "oos",
                "--val", val.toString()));
        String report = out.toString(StandardCharsets.UTF_8);
        String[] lines = report.strip().split("\n");
        JsonNode figures = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertTrue(List.of(0.3, 0.6, 1.2).contains(figures.get("sigma").asDouble()), report);
        assertTrue(report.contains("chosen on " + val), report);
        assertTrue(report.contains("trained on train alone: validation"), report);
        assertEquals(1.0, figures.get("in_scope_accuracy").asDouble(), report); // words only val.yml holds
    }

    @Test
    void train_writes_the_model_and_its_hash() {
        Path models = dir.resolve("models");
        assertEquals(0, run("train", "--dialogs", "dialogs", "--models", models.toString()));
        assertTrue(Files.exists(models.resolve("intent-model.bin")));
        assertTrue(Files.exists(models.resolve("intent-model.json")));
    }

    @Test
    void bad_usage_and_bad_files_are_refused_with_a_reason() throws IOException {
        assertEquals(2, run("eval", "--train"));
        assertEquals(2, run("fly"));
        Path bad = file("bad.yml", "intents:\n  - name: x\n    examples: []\n");
        assertEquals(1, run("eval", "--train", bad.toString(), "--test", bad.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + ":3:15:"));
    }
}
