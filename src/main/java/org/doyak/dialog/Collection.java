package org.doyak.dialog;

import java.util.List;
import java.util.Map;

/**
 * A content collection from {@code dialogs/content/} (programs, centers, events). Each item is a map
 * of field name to value; a localised field holds {@code {ko: ..., en: ...}} and is stored as
 * {@code field} (Korean) and {@code field.en}. A list field is stored as its items joined with ", ".
 *
 * @param name collection name, e.g. {@code centers}
 * @param items the items in file order
 */
public record Collection(String name, List<Map<String, String>> items) {

    /** Creates an immutable collection. */
    public Collection {
        items = items.stream().map(Map::copyOf).toList();
    }
}
