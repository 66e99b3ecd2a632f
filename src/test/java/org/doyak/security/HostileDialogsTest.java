package org.doyak.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.doyak.Actions;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile dialog files (YAML bombs, deep nesting, huge files, invalid UTF-8, random mutations) are refused by
 * the loader with {@code FILE:LINE:COLUMN} problems, quickly and without an exception escaping, so a bad edit
 * in {@code dialogs/} can never stop the service (the old flows keep serving: see {@code PublishIT}).
 */
class HostileDialogsTest {
    private static final Path SMALL = Path.of("src/test/resources/engine-dialogs");
    private static final long SEED = Long.getLong("doyak.fuzz.seed", 13L);
    @TempDir
    Path dir;

    /** The small test folder with {@code flows/NAME} replaced by {@code content} (null: unchanged), loaded. */
    private DialogLoader.Result loadWith(String name, byte[] content) throws IOException {
        Path dialogs = Folders.copy(SMALL, dir.resolve("d" + System.nanoTime()));
        if (content != null) {
            Files.write(dialogs.resolve("flows").resolve(name), content);
        }
        Map<String, Set<String>> actions = new HashMap<>(Actions.slots());
        actions.put("shout", Set.of());
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> DialogLoader.load(dialogs, actions));
    }

    @Test
    void the_unchanged_folder_loads_so_every_refusal_below_is_the_hostile_files_doing() throws IOException {
        DialogLoader.Result result = loadWith("profile.yaml", null);
        assertTrue(result.ok(), result.problems().toString());
    }

    private static byte[] billionLaughs() {
        StringBuilder y = new StringBuilder("id: lol\nsteps:\n  - say: &a0 [" + "\"lol\",".repeat(8) + "\"lol\"]\n");
        for (int i = 1; i < 12; i++) {
            y.append("  - say: &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j > 0 ? "," : "").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        return y.toString().getBytes(UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"laughs", "deep-seq", "deep-map", "huge", "invalid-utf8", "nul", "binary", "long-line",
        "many-keys", "tags"})
    void a_hostile_flow_file_is_a_problem_with_its_place_not_a_crash(String kind) throws IOException {
        byte[] content = switch (kind) {
            case "laughs" -> billionLaughs();
            case "deep-seq" -> ("id: deep\nsteps: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n").getBytes(UTF_8);
            case "deep-map" -> ("id: deep\nsteps: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(UTF_8);
            case "huge" -> ("id: huge\nsteps:\n" + "  - say: {ko: \"가나다라마바사\", en: \"abcdefg\"}\n".repeat(400_000))
                    .getBytes(UTF_8);
            case "invalid-utf8" -> concat("id: bad\nsteps:\n  - say: {ko: \"".getBytes(UTF_8),
                    new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}, "\", en: x}\n".getBytes(UTF_8));
            case "nul" -> "id: nul\u0000\nsteps:\n  - say: {ko: \"a\u0000b\", en: \"c\"}\n".getBytes(UTF_8);
            case "binary" -> random(new Random(SEED), 200_000);
            case "long-line" -> ("id: long\nsteps:\n  - say: {ko: \"" + "가".repeat(3_000_000) + "\", en: x}\n")
                    .getBytes(UTF_8);
            case "many-keys" -> manyKeys();
            default -> ("id: !!java.lang.Runtime x\n"
                    + "steps: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://x\"]]\n").getBytes(UTF_8);
        };
        DialogLoader.Result result = loadWith("hostile.yaml", content);
        assertFalse(result.ok(), kind + " was accepted");
        assertTrue(result.problems().stream().anyMatch(p -> p.contains("hostile.yaml:")), result.problems().toString());
    }

    @Test
    void randomly_mutated_flow_files_never_throw_and_every_problem_has_a_place() throws IOException {
        Random random = new Random(SEED);
        byte[] original = Files.readAllBytes(SMALL.resolve("flows/profile.yaml"));
        String[] snippets = {"\u202e", "\u0000", "&a [*a]", "*nowhere", "{", "]", "- ", ": ", "\t", "'", "\"", "!!",
            "%", "\n  - ask:", "\uFEFF", "{{", "#"};
        int refused = 0;
        int tried = 60;
        for (int i = 0; i < tried; i++) {
            List<Byte> bytes = new ArrayList<>();
            for (byte b : original) {
                bytes.add(b);
            }
            for (int m = 0; m < 1 + random.nextInt(6); m++) {
                int at = random.nextInt(bytes.size());
                switch (random.nextInt(3)) {
                    case 0 -> bytes.set(at, (byte) random.nextInt(256));
                    case 1 -> bytes.remove(at);
                    default -> {
                        byte[] snippet = snippets[random.nextInt(snippets.length)].getBytes(UTF_8);
                        for (int k = snippet.length - 1; k >= 0; k--) {
                            bytes.add(at, snippet[k]);
                        }
                    }
                }
            }
            byte[] mutated = new byte[bytes.size()];
            for (int k = 0; k < mutated.length; k++) {
                mutated[k] = bytes.get(k);
            }
            DialogLoader.Result result = loadWith("profile.yaml", mutated);
            result.problems().forEach(p -> assertTrue(p.matches("(?s)[^:]+:\\d+:\\d+: .+"), p));
            refused += result.ok() ? 0 : 1;
        }
        System.out.printf("dialog loader fuzz (seed %d): %d mutated files, %d refused with problems, %d loaded,"
                + " 0 exceptions%n", SEED, tried, refused, tried - refused);
    }

    private static byte[] manyKeys() {
        StringBuilder y = new StringBuilder("id: keys\nsteps:\n  - say:\n");
        for (int i = 0; i < 200_000; i++) {
            y.append("      k").append(i).append(": v\n");
        }
        return y.toString().getBytes(UTF_8);
    }

    private static byte[] random(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
