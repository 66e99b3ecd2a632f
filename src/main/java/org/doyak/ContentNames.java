package org.doyak;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;
import org.doyak.nlu.Name;

/** The names the entity extractor looks for, taken from the content collections. */
public final class ContentNames {
    private ContentNames() {
    }

    /**
     * Names found in {@code dialogs}' content:
     * <ul>
     * <li>{@code region}: a center's city (Korean and English) names the city; its region, name, aliases and
     *     {@code near} places name the center's Korean region;</li>
     * <li>{@code center}: a center's names (ko, en) and {@code aliases} give its id;</li>
     * <li>{@code program}, {@code event}: names and {@code aliases} give the item's id;</li>
     * <li>{@code major}: a major's {@code aliases} give its id.</li>
     * </ul>
     * Where two items claim one name, the extractor reports the first.
     */
    public static List<Name> of(Dialogs dialogs) {
        List<Name> names = new ArrayList<>();
        for (Map<String, String> center : items(dialogs, "centers")) {
            add(names, "region", center.getOrDefault("city", ""), center, "city", "city.en");
            add(names, "region", center.getOrDefault("region", ""), center, "region", "region.en", "name", "name.en",
                    "aliases", "near");
            add(names, "center", center.getOrDefault("id", ""), center, "name", "name.en", "aliases");
        }
        for (Map<String, String> program : items(dialogs, "programs")) {
            add(names, "program", program.getOrDefault("id", ""), program, "name", "name.en", "aliases");
        }
        for (Map<String, String> event : items(dialogs, "events")) {
            add(names, "event", event.getOrDefault("id", ""), event, "name", "name.en", "aliases");
        }
        for (Map<String, String> major : items(dialogs, "majors")) {
            add(names, "major", major.getOrDefault("id", ""), major, "aliases");
        }
        return names;
    }

    private static List<Map<String, String>> items(Dialogs dialogs, String collection) {
        Collection c = dialogs.content().get(collection);
        return c == null ? List.of() : c.items();
    }

    private static void add(List<Name> names, String type, String value, Map<String, String> item, String... fields) {
        if (value.isBlank()) {
            return;
        }
        for (String field : fields) {
            for (String surface : item.getOrDefault(field, "").split(",")) {
                if (!surface.isBlank()) {
                    names.add(new Name(type, surface.strip(), value));
                }
            }
        }
    }
}
