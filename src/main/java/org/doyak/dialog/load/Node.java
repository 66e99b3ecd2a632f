package org.doyak.dialog.load;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it was written, so every problem can name its file, line and column.
 * Maps keep the order of the file.
 */
public sealed interface Node {

    /** Where the value starts. */
    Where where();

    /** A scalar: string, number or boolean, kept as written. */
    record Scalar(String value, Where where) implements Node {
    }

    /** A sequence. */
    record Seq(List<Node> items, Where where) implements Node {
    }

    /** A mapping; keys keep their own positions for messages about them. */
    record Mapping(Map<String, Node> entries, Map<String, Where> keyPlaces, Where where) implements Node {
    }

    /**
     * A place in a dialog file.
     *
     * @param file the file as shown to staff (relative to the dialogs folder when possible)
     * @param line 1-based line
     * @param column 1-based column
     */
    record Where(String file, int line, int column) {

        @Override
        public String toString() {
            return file + ":" + line + ":" + column;
        }
    }
}
