package org.doyak.conversation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;

/**
 * The ids of the programs, centers and events in the content, so a name the language layer reports
 * but the content does not have (a program we do not cover) is never taken for a subject. Built once
 * per {@link Dialogs}; immutable and thread-safe.
 */
final class ContentIds {
    private final Map<String, Set<String>> byKind;

    ContentIds(Dialogs dialogs) {
        this.byKind = Map.of("program", ids(dialogs, "programs"), "center", ids(dialogs, "centers"),
                "event", ids(dialogs, "events"));
    }

    /** Whether {@code id} is an item of {@code kind} ({@code program}, {@code center} or {@code event}). */
    boolean known(String kind, String id) {
        return byKind.getOrDefault(kind, Set.of()).contains(id);
    }

    private static Set<String> ids(Dialogs dialogs, String collection) {
        Collection c = dialogs.content().get(collection);
        Set<String> ids = new HashSet<>();
        if (c != null) {
            c.items().forEach(item -> ids.add(item.getOrDefault("id", "")));
        }
        ids.remove("");
        return Set.copyOf(ids);
    }
}
