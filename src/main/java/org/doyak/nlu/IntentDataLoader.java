package org.doyak.nlu;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

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

    private static final YAMLFactory YAML = new YAMLFactory();
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
            List<YamlNode> nodes = readFile(file, intents, synonyms, seen, problems);
            for (int i = before; i < intents.size(); i++) {
                Intent intent = intents.get(i);
                List<YamlNode> exampleNodes = nodes.get(i - before).map().get("examples").list();
                for (int j = 0; j < intent.examples().size() && exampleNodes.size() == intent.examples().size(); j++) {
                    String key = TextNormalizer.normalize(intent.examples().get(j));
                    String owner = exampleOwner.putIfAbsent(key, intent.name());
                    if (owner != null && !owner.equals(intent.name())) {
                        problems.add(exampleNodes.get(j).problem(file.toString(),
                                "example also given to intent '" + owner + "'"));
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
    private static List<YamlNode> readFile(Path file, List<Intent> intents, List<Synonym> synonyms,
            Map<String, String> seen, List<String> problems) {
        String f = file.toString();
        YamlNode root;
        try (JsonParser p = YAML.createParser(file.toFile())) {
            if (p.nextToken() == null) {
                problems.add(f + ":1:1: file is empty");
                return List.of();
            }
            root = YamlNode.read(p);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            problems.add(f + ":" + line + ":" + column + ": malformed YAML: " + e.getOriginalMessage());
            return List.of();
        } catch (IOException e) {
            problems.add(f + ":1:1: cannot read: " + e.getMessage());
            return List.of();
        }
        if (!checkMap(root, f, TOP_KEYS, problems)) {
            return List.of();
        }
        List<YamlNode> added = new ArrayList<>();
        for (YamlNode node : items(root.map().get("intents"), f, "intents", problems)) {
            if (checkMap(node, f, INTENT_KEYS, problems)) {
                String name = text(node, "name", f, problems);
                List<String> examples = texts(node, "examples", f, problems);
                if (name != null && examples != null) {
                    String first = seen.putIfAbsent(name, f + ":" + node.line() + ":" + node.column());
                    if (first != null) {
                        problems.add(node.map().get("name").problem(f, "duplicate intent '" + name
                                + "', first defined at " + first));
                    } else {
                        intents.add(new Intent(name, examples));
                        added.add(node);
                    }
                }
            }
        }
        for (YamlNode node : items(root.map().get("synonyms"), f, "synonyms", problems)) {
            if (checkMap(node, f, SYNONYM_KEYS, problems)) {
                String canonical = text(node, "canonical", f, problems);
                List<String> variants = texts(node, "variants", f, problems);
                YamlNode entity = node.map().get("entity");
                if (entity != null && (entity.text() == null || entity.text().isBlank())) {
                    problems.add(entity.problem(f, "'entity' must be a type name such as program"));
                } else if (canonical != null && variants != null) {
                    synonyms.add(new Synonym(canonical, variants, entity == null ? null : entity.text()));
                }
            }
        }
        return added;
    }

    private static boolean checkMap(YamlNode node, String f, Set<String> allowed, List<String> problems) {
        if (node.map() == null) {
            problems.add(node.problem(f, "expected a mapping with keys " + new TreeSet<>(allowed)));
            return false;
        }
        node.keys().forEach((key, at) -> {
            if (!allowed.contains(key)) {
                problems.add(at.problem(f, "unknown key '" + key + "' (allowed: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")"));
            }
        });
        return true;
    }

    private static List<YamlNode> items(YamlNode node, String f, String key, List<String> problems) {
        if (node == null) {
            return List.of();
        }
        if (node.list() == null) {
            problems.add(node.problem(f, "'" + key + "' must be a list"));
            return List.of();
        }
        return node.list();
    }

    private static String text(YamlNode parent, String key, String f, List<String> problems) {
        YamlNode node = parent.map().get(key);
        if (node == null || node.text() == null || node.text().isBlank()) {
            problems.add((node == null ? parent : node).problem(f, "'" + key + "' must be a non-empty text"));
            return null;
        }
        return node.text().strip();
    }

    private static List<String> texts(YamlNode parent, String key, String f, List<String> problems) {
        YamlNode node = parent.map().get(key);
        if (node == null || node.list() == null || node.list().isEmpty()) {
            problems.add((node == null ? parent : node).problem(f, "'" + key + "' must be a non-empty list"));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (YamlNode item : node.list()) {
            if (item.text() == null || TextNormalizer.normalize(item.text()).isEmpty()) {
                problems.add(item.problem(f, "empty or non-text item in '" + key + "'"));
            } else {
                out.add(item.text().strip());
            }
        }
        return out.isEmpty() ? null : out;
    }
}
