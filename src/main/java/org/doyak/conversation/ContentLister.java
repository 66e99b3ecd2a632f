package org.doyak.conversation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Step;

/** Renders a {@code list} step: the items of a collection that match its filter, one per line. */
final class ContentLister {
    private ContentLister() {
    }

    /**
     * An item matches when, for every filter field with a non-empty value after filling placeholders,
     * the item's field (or its English form, or one element of its comma-separated list) equals the
     * value, ignoring case and spaces.
     */
    static String render(Step.ListItems list, Collection collection, Map<String, String> slots, String lang) {
        Map<String, String> wanted = list.where().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Templates.fill(e.getValue(), slots, lang)));
        List<String> lines = collection.items().stream()
                .filter(item -> matches(item, wanted))
                .limit(list.limit())
                .map(item -> Templates.fill(list.item(), item, lang))
                .toList();
        return lines.isEmpty() ? Templates.fill(list.empty(), slots, lang) : String.join("\n", lines);
    }

    private static boolean matches(Map<String, String> item, Map<String, String> wanted) {
        return wanted.entrySet().stream().allMatch(w -> {
            String value = Answers.normalize(w.getValue());
            if (value.isEmpty()) {
                return true;
            }
            return hasValue(item.get(w.getKey()), value) || hasValue(item.get(w.getKey() + ".en"), value);
        });
    }

    private static boolean hasValue(String field, String value) {
        if (field == null) {
            return false;
        }
        for (String part : field.split(",")) {
            if (Answers.normalize(part).equals(value)) {
                return true;
            }
        }
        return false;
    }
}
