package org.doyak.nlu;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column where it starts, so that every problem found later can be
 * reported as {@code FILE:LINE:COLUMN}. Exactly one of {@code map}, {@code list}, {@code text} is
 * non-null; a YAML null has none.
 *
 * @param line 1-based line
 * @param column 1-based column
 * @param map keys (with their own positions in {@code keys}) to values, in file order
 * @param keys the node of each key, for reporting unknown keys at the key itself
 * @param list items in file order
 * @param text a scalar as text
 */
record YamlNode(int line, int column, Map<String, YamlNode> map, Map<String, YamlNode> keys,
        List<YamlNode> list, String text) {

    /** Reads the value the parser is positioned on (its current token), recursively. */
    static YamlNode read(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode> map = new LinkedHashMap<>();
            Map<String, YamlNode> keys = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation keyAt = p.currentTokenLocation();
                String key = p.currentName();
                p.nextToken();
                keys.put(key, scalar(keyAt, key));
                map.put(key, read(p));
            }
            return new YamlNode(at.getLineNr(), at.getColumnNr(), map, keys, null, null);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(read(p));
            }
            return new YamlNode(at.getLineNr(), at.getColumnNr(), null, null, list, null);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new YamlNode(at.getLineNr(), at.getColumnNr(), null, null, null, null);
        }
        return scalar(at, p.getText());
    }

    private static YamlNode scalar(JsonLocation at, String text) {
        return new YamlNode(at.getLineNr(), at.getColumnNr(), null, null, null, text);
    }

    /** {@code FILE:LINE:COLUMN: message} for a problem at this node. */
    String problem(String file, String message) {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
