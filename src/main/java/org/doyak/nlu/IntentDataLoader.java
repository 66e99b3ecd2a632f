package org.doyak.nlu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.doyak.dialog.load.Node;
import org.doyak.dialog.load.Problems;
import org.doyak.dialog.load.YamlSyntaxException;
import org.doyak.dialog.load.YamlTree;

/**
 * Loads intent data from YAML: every {@code *.yaml}/{@code *.yml} file in {@code DIALOGS/intents/}.
 * A file holds {@code intents:} (the contract's format), {@code synonyms:} (the shorthand table), or
 * both:
 * <pre>
 * intents:
 *   - name: resume_help
 *     examples: [이력서 어떻게 써요, how do I write a resume]
 * synonyms:
 *   - canonical: 국민취업지원제도
 *     variants: [국취, 국취제]
 *     entity: program        # optional
 * </pre>
 * Problems are collected, not thrown one at a time: unknown keys, wrong shapes, empty examples,
 * duplicate intent names, an example given to two intents, missing {@link IntentData#REQUIRED} intents.
 * Stateless and thread-safe.
 */
public final class IntentDataLoader {

    private static final Set<String> TOP_KEYS = Set.of("intents", "synonyms");
    private static final Set<String> INTENT_KEYS = Set.of("name", "examples");
    private static final Set<String> SYNONYM_KEYS = Set.of("canonical", "variants", "entity");

    private IntentDataLoader() {
    }

    /**
     * Checks the intent files of a dialogs directory without throwing.
     *
     * @param dialogsDir the dialogs directory (the one holding {@code intents/})
     * @return one {@code FILE:LINE:COLUMN: message} line per problem; empty when the data is valid
     */
    public static List<String> problems(Path dialogsDir) {
        List<String> problems = new ArrayList<>();
        read(dialogsDir, problems);
        return problems;
    }

    /**
     * Loads and checks the intent files of a dialogs directory.
     *
     * @throws IntentDataException listing every problem, when there is any
     */
    public static IntentData load(Path dialogsDir) {
        List<String> problems = new ArrayList<>();
        IntentData data = read(dialogsDir, problems);
        if (!problems.isEmpty()) {
            throw new IntentDataException(problems);
        }
        return data;
    }

    /**
     * Loads one file in the intent format (a benchmark's train or test set) checking its shape only:
     * required intents and cross-intent duplicates are not asked for.
     *
     * @throws IntentDataException listing every problem, when there is any
     */
    public static IntentData loadFile(Path file) {
        List<String> problems = new ArrayList<>();
        List<Intent> intents = new ArrayList<>();
        List<Synonym> synonyms = new ArrayList<>();
        readFile(file, intents, synonyms, new HashMap<>(), problems);
        if (!problems.isEmpty()) {
            throw new IntentDataException(problems);
        }
        return new IntentData(intents, synonyms);
    }

    private static IntentData read(Path dialogsDir, List<String> problems) {
        Path dir = dialogsDir.resolve("intents");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            problems.add(dir + ":1:1: cannot list intent files: " + e.getMessage());
            return new IntentData(List.of(), List.of());
        }
        List<Intent> intents = new ArrayList<>();
        List<Synonym> synonyms = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Map<String, String> exampleOwner = new HashMap<>();
        for (Path file : files) {
            int before = intents.size();
            List<Node> nodes = readFile(file, intents, synonyms, seen, problems);
            for (int i = before; i < intents.size(); i++) {
                Intent intent = intents.get(i);
                List<Node> exampleNodes = list(map(nodes.get(i - before)).get("examples"));
                for (int j = 0; j < intent.examples().size() && exampleNodes.size() == intent.examples().size(); j++) {
                    String key = TextNormalizer.normalize(intent.examples().get(j));
                    String owner = exampleOwner.putIfAbsent(key, intent.name());
                    if (owner != null && !owner.equals(intent.name())) {
                        problems.add(at(exampleNodes.get(j), "example also given to intent '" + owner + "'"));
                    }
                }
            }
        }
        for (String required : IntentData.REQUIRED) {
            if (!seen.containsKey(required)) {
                problems.add(dir + ":1:1: required intent '" + required + "' is missing");
            }
        }
        return new IntentData(intents, synonyms);
    }

    /** Reads one file into the lists; returns the YAML node of each intent added, in order. */
    private static List<Node> readFile(Path file, List<Intent> intents, List<Synonym> synonyms,
            Map<String, String> seen, List<String> problems) {
        String f = file.toString();
        Node root;
        Problems duplicates = new Problems();
        try {
            root = YamlTree.parse(f, Files.newBufferedReader(file, StandardCharsets.UTF_8), duplicates);
        } catch (YamlSyntaxException e) {
            problems.add(e.where() + ": malformed YAML: "
                    + e.getMessage().substring(e.where().toString().length() + 2));
            return List.of();
        } catch (IOException e) {
            problems.add(f + ":1:1: cannot read: " + e.getMessage());
            return List.of();
        }
        problems.addAll(duplicates.lines("en"));
        if (root == null) {
            problems.add(f + ":1:1: file is empty");
            return List.of();
        }
        if (!checkMap(root, TOP_KEYS, problems)) {
            return List.of();
        }
        List<Node> added = new ArrayList<>();
        for (Node node : items(map(root).get("intents"), "intents", problems)) {
            if (checkMap(node, INTENT_KEYS, problems)) {
                String name = text(node, "name", problems);
                List<String> examples = texts(node, "examples", problems);
                if (name != null && examples != null) {
                    String first = seen.putIfAbsent(name, node.where().toString());
                    if (first != null) {
                        problems.add(at(map(node).get("name"), "duplicate intent '" + name
                                + "', first defined at " + first));
                    } else {
                        intents.add(new Intent(name, examples));
                        added.add(node);
                    }
                }
            }
        }
        for (Node node : items(map(root).get("synonyms"), "synonyms", problems)) {
            if (checkMap(node, SYNONYM_KEYS, problems)) {
                String canonical = text(node, "canonical", problems);
                List<String> variants = texts(node, "variants", problems);
                Node entity = map(node).get("entity");
                if (entity != null && (scalar(entity) == null || scalar(entity).isBlank())) {
                    problems.add(at(entity, "'entity' must be a type name such as program"));
                } else if (canonical != null && variants != null) {
                    synonyms.add(new Synonym(canonical, variants, entity == null ? null : scalar(entity)));
                }
            }
        }
        return added;
    }

    private static boolean checkMap(Node node, Set<String> allowed, List<String> problems) {
        if (!(node instanceof Node.Mapping mapping)) {
            problems.add(at(node, "expected a mapping with keys " + new TreeSet<>(allowed)));
            return false;
        }
        mapping.keyPlaces().forEach((key, where) -> {
            if (!allowed.contains(key)) {
                problems.add(where + ": unknown key '" + key + "' (allowed: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        });
        return true;
    }

    private static List<Node> items(Node node, String key, List<String> problems) {
        if (node == null) {
            return List.of();
        }
        if (list(node) == null) {
            problems.add(at(node, "'" + key + "' must be a list"));
            return List.of();
        }
        return list(node);
    }

    private static String text(Node parent, String key, List<String> problems) {
        Node node = map(parent).get(key);
        String value = node == null ? null : scalar(node);
        if (value == null || value.isBlank()) {
            problems.add(at(node == null ? parent : node, "'" + key + "' must be a non-empty text"));
            return null;
        }
        return value.strip();
    }

    private static List<String> texts(Node parent, String key, List<String> problems) {
        Node node = map(parent).get(key);
        if (node == null || list(node) == null || list(node).isEmpty()) {
            problems.add(at(node == null ? parent : node, "'" + key + "' must be a non-empty list"));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node item : list(node)) {
            String value = scalar(item);
            if (value == null || TextNormalizer.normalize(value).isEmpty()) {
                problems.add(at(item, "empty or non-text item in '" + key + "'"));
            } else {
                out.add(value.strip());
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static Map<String, Node> map(Node node) {
        return node instanceof Node.Mapping mapping ? mapping.entries() : Map.of();
    }

    private static List<Node> list(Node node) {
        return node instanceof Node.Seq seq ? seq.items() : null;
    }

    private static String scalar(Node node) {
        return node instanceof Node.Scalar value ? value.value() : null;
    }

    private static String at(Node node, String message) {
        return node.where() + ": " + message;
    }
}
