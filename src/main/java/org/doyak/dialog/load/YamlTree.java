package org.doyak.dialog.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doyak.dialog.load.Node.Where;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into {@link Node}s that remember their positions. Duplicate keys in one mapping are
 * reported, not silently overwritten. Thread-safe.
 */
public final class YamlTree {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTree() {
    }

    /**
     * Parses one YAML document.
     *
     * @param file name used in positions
     * @param reader the text; closed by this method
     * @param problems receives duplicate-key problems
     * @return the root node, or {@code null} for an empty document
     * @throws YamlSyntaxException with the position of a syntax error
     */
    public static Node parse(String file, Reader reader, Problems problems) {
        String text;
        try (reader) {
            text = new BufferedReader(reader).lines().collect(Collectors.joining("\n", "", "\n"));
        } catch (IOException | UncheckedIOException e) {
            throw new YamlSyntaxException(new Where(file, 1, 1), "읽을 수 없어요: " + e.getMessage(),
                    "cannot read: " + e.getMessage());
        }
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : read(file, parser, problems);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked) {
                throw YamlSyntax.explain(file, marked, text.lines().toList());
            }
            JsonLocation loc = e.getLocation();
            Where where = loc == null ? new Where(file, 1, 1) : at(file, loc);
            throw new YamlSyntaxException(where, "YAML 문법 오류: " + e.getOriginalMessage(),
                    "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new YamlSyntaxException(new Where(file, 1, 1), "읽을 수 없어요: " + e.getMessage(),
                    "cannot read: " + e.getMessage());
        }
    }

    private static Node read(String file, JsonParser p, Problems problems) throws IOException {
        Where where = at(file, p.currentTokenLocation());
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Node> entries = new LinkedHashMap<>();
            Map<String, Where> keys = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Where keyAt = at(file, p.currentTokenLocation());
                p.nextToken();
                Node value = read(file, p, problems);
                if (entries.containsKey(key)) {
                    problems.add(keyAt, "같은 키가 두 번 있어요: '" + key + "' (처음은 " + keys.get(key).line() + "번째 줄)",
                            "duplicate key '" + key + "' (first at line " + keys.get(key).line() + ")");
                    continue;
                }
                entries.put(key, value);
                keys.put(key, keyAt);
            }
            return new Node.Mapping(entries, keys, where);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(read(file, p, problems));
            }
            return new Node.Seq(items, where);
        }
        return new Node.Scalar(token == JsonToken.VALUE_NULL ? null : p.getText(), where);
    }

    private static Where at(String file, JsonLocation loc) {
        return new Where(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }
}
