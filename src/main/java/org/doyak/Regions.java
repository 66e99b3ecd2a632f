package org.doyak;

import java.util.HashMap;
import java.util.Map;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;

/** The place names the entity extractor looks for, taken from the centers content. */
public final class Regions {
    private Regions() {
    }

    /**
     * Surface form → canonical place: a center's city (Korean and English) names the city; its region,
     * name and {@code near} places name the center's Korean region. The first center to claim a name wins.
     */
    public static Map<String, String> gazetteer(Dialogs dialogs) {
        Map<String, String> names = new HashMap<>();
        Collection centers = dialogs.content().get("centers");
        if (centers != null) {
            for (Map<String, String> center : centers.items()) {
                add(names, center, center.getOrDefault("city", ""), "city", "city.en");
                add(names, center, center.getOrDefault("region", ""), "region", "region.en", "name", "name.en",
                        "near");
            }
        }
        return names;
    }

    private static void add(Map<String, String> names, Map<String, String> center, String canonical,
            String... fields) {
        if (canonical.isBlank()) {
            return;
        }
        for (String field : fields) {
            for (String surface : center.getOrDefault(field, "").split(",")) {
                if (!surface.isBlank()) {
                    names.putIfAbsent(surface.strip(), canonical);
                }
            }
        }
    }
}
