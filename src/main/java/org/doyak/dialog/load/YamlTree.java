package org.doyak.dialog.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doyak.dialog.load.Node.Where;

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
        try (reader; JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : read(file, parser, problems);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            Where where = loc == null ? new Where(file, 1, 1) : at(file, loc);
            throw new YamlSyntaxException(where, e.getOriginalMessage());
        } catch (IOException e) {
            throw new YamlSyntaxException(new Where(file, 1, 1), e.getMessage());
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
                    problems.add(keyAt, "duplicate key '" + key + "' (first at line " + keys.get(key).line() + ")");
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
