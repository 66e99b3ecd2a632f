package org.doyak.scripts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.doyak.dialog.load.Closest;
import org.doyak.dialog.load.Node;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;
import org.doyak.dialog.load.Node.Seq;
import org.doyak.dialog.load.Problems;
import org.doyak.dialog.load.YamlSyntaxException;
import org.doyak.dialog.load.YamlTree;

/**
 * Reads the conversation tests of a {@code tests/} folder. Unknown keys ({@code reply_contain:}) are
 * problems with the key most likely meant, never ignored: a misspelled check would let a test pass.
 */
final class ScriptReader {
    static final Set<String> TOP = Set.of("tests");
    static final Set<String> TEST = Set.of("name", "lang", "center", "steps");
    static final Set<String> STEP = Set.of("say", "press", "reply_contains", "reply_not_contains", "buttons", "slot",
            "mode", "lang");
    private final Problems problems = new Problems();

    /** The scripts read, and the problems found. */
    record Read(List<Script> scripts, Problems problems) {
    }

    /** Reads every {@code *.yaml} of the folder, in name order; the folder name is used in positions. */
    static Read folder(Path tests, String shownAs) throws IOException {
        ScriptReader reader = new ScriptReader();
        List<Script> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(tests)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList()) {
                scripts.addAll(reader.file(file, shownAs + "/" + file.getFileName()));
            }
        }
        return new Read(scripts, reader.problems);
    }

    private List<Script> file(Path file, String name) throws IOException {
        Node root;
        try {
            root = YamlTree.parse(name, Files.newBufferedReader(file, StandardCharsets.UTF_8), problems);
        } catch (YamlSyntaxException e) {
            problems.add(e.where(), e.korean(), e.english());
            return List.of();
        }
        List<Script> out = new ArrayList<>();
        if (root instanceof Mapping top && keys(top, TOP) && top.entries().get("tests") instanceof Seq tests) {
            for (Node test : tests.items()) {
                if (test instanceof Mapping t && keys(t, TEST)) {
                    out.add(new Script(name, t.where().line(), text(t, "name", "(이름 없음)"), text(t, "lang", "ko"),
                            text(t, "center", ""), steps(t.entries().get("steps"))));
                }
            }
        } else {
            problems.add(root == null ? new Node.Where(name, 1, 1) : root.where(), "테스트 파일은 'tests:' 목록이어야 해요",
                    "a test file must hold a list 'tests:'");
        }
        return out;
    }

    private List<Script.Step> steps(Node node) {
        List<Script.Step> out = new ArrayList<>();
        for (Node item : node instanceof Seq seq ? seq.items() : List.<Node>of()) {
            if (!(item instanceof Mapping s) || !keys(s, STEP)) {
                continue;
            }
            Map<String, String> slots = new HashMap<>();
            if (s.entries().get("slot") instanceof Mapping m) {
                m.entries().forEach((k, v) -> slots.put(k, v instanceof Scalar x ? x.value() : null));
            }
            if (!s.entries().containsKey("say") && !s.entries().containsKey("press")) {
                problems.add(s.where(), "단계에 'say'나 'press'가 필요해요", "a step needs 'say' or 'press'");
            }
            out.add(new Script.Step(s.where().line(), text(s, "say", null), text(s, "press", null),
                    list(s, "reply_contains"), list(s, "reply_not_contains"), list(s, "buttons"), slots,
                    text(s, "mode", null), text(s, "lang", null)));
        }
        return out;
    }

    private boolean keys(Mapping map, Set<String> allowed) {
        boolean ok = true;
        for (Map.Entry<String, Node.Where> key : map.keyPlaces().entrySet()) {
            if (!allowed.contains(key.getKey())) {
                String[] hint = Closest.hint(key.getKey(), allowed);
                String list = String.join(", ", allowed.stream().sorted().toList());
                problems.add(key.getValue(), "알 수 없는 키 '" + key.getKey() + "'" + hint[0] + " (쓸 수 있는 키: " + list + ")",
                        "unknown key '" + key.getKey() + "'" + hint[1] + " (allowed: " + list + ")");
                ok = false;
            }
        }
        return ok;
    }

    private static String text(Mapping m, String key, String fallback) {
        return m.entries().get(key) instanceof Scalar s && s.value() != null ? s.value() : fallback;
    }

    private static List<String> list(Mapping m, String key) {
        Node node = m.entries().get(key);
        if (node instanceof Scalar s && s.value() != null) {
            return List.of(s.value());
        }
        return node instanceof Seq seq ? seq.items().stream().filter(i -> i instanceof Scalar x && x.value() != null)
                .map(i -> ((Scalar) i).value()).toList() : List.of();
    }
}
