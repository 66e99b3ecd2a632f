package org.doyak.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether one dialogs folder differs from another in texts only: the same files, and the changed ones
 * ({@code flows/*.yaml}, {@code messages.yaml}) equal but for the values of texts ({@code {ko: …, en: …}}
 * mappings: what the bot says, button and flow titles). Such an edit cannot change what a conversation does
 * except where it shows one of the changed texts. Stateless and thread-safe.
 */
public final class TextEdits {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> LANGUAGES = Set.of("ko", "en");

    private TextEdits() {
    }

    /**
     * The texts of {@code before} that {@code after} changed (each changed language of a text, as written in
     * {@code before}), or empty when anything but texts differs (a step, a trigger, a file added or removed,
     * content, intents, tests) or a file cannot be read.
     */
    public static Optional<List<String>> between(Path before, Path after) {
        List<String> changes = DialogsVersion.of(after).changesSince(DialogsVersion.of(before));
        List<String> texts = new ArrayList<>();
        for (String change : changes) {
            String file = change.substring(change.indexOf(' ') + 1);
            boolean textFile = file.startsWith("flows/") || "messages.yaml".equals(file);
            if (!change.startsWith("changed ") || !textFile) {
                return Optional.empty();
            }
            try {
                if (!sameButTexts(YAML.readTree(before.resolve(file).toFile()),
                        YAML.readTree(after.resolve(file).toFile()), texts)) {
                    return Optional.empty();
                }
            } catch (IOException | RuntimeException unreadable) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(texts));
    }

    private static boolean sameButTexts(JsonNode a, JsonNode b, List<String> changed) {
        if (isText(a) && isText(b)) {
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                if (!e.getValue().equals(b.get(e.getKey()))) {
                    changed.add(e.getValue().asText());
                }
            }
            return a.size() == b.size() && b.properties().stream().allMatch(e -> a.has(e.getKey()));
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isObject()) {
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                if (!b.has(e.getKey()) || !sameButTexts(e.getValue(), b.get(e.getKey()), changed)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!sameButTexts(a.get(i), b.get(i), changed)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean isText(JsonNode node) {
        if (!(node instanceof ObjectNode object) || object.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (!LANGUAGES.contains(e.getKey()) || !e.getValue().isValueNode()) {
                return false;
            }
        }
        return true;
    }
}
