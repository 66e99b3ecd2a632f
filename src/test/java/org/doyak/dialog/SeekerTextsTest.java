package org.doyak.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every file a seeker's text comes from (flows, content, messages, and the Java sources that still
 * build texts) and fails on a particle hedge such as "전화번호은(는)" or "(이)라는". In dialog files a hedge
 * right after a placeholder ({@code {name}은(는)}) is template syntax, resolved when the text is filled.
 */
class SeekerTextsTest {

    @Test
    void no_dialog_file_hedges_a_particle_except_after_a_placeholder() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("dialogs"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith("dialogs/intents")
                    && !p.startsWith("dialogs/tests")).toList()) {
                scan(file, true, found);
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void no_java_source_hedges_a_particle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")
                    && !p.endsWith("Particles.java") && !p.endsWith("Placeholders.java")).toList()) {
                scan(file, false, found);
            }
        }
        assertEquals(List.of(), found);
    }

    private static void scan(Path file, boolean placeholdersAllowed, List<String> found) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = Particles.HEDGE.matcher(lines.get(i));
            while (m.find()) {
                boolean afterPlaceholder = m.start() > 0 && lines.get(i).charAt(m.start() - 1) == '}';
                if (!(placeholdersAllowed && afterPlaceholder)) {
                    found.add(file + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
    }
}
