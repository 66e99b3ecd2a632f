package org.doyak.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;

/**
 * Finds which program, center or event of the content a name the seeker used means: its id, its name in
 * either language or one of its {@code aliases} (spacing, case and punctuation ignored), else an item
 * whose name contains the name, else one with an alias of three or more letters inside it. Built once per
 * {@link Dialogs}; immutable and thread-safe.
 */
final class ContentNames {
    private final Map<String, List<Named>> byKind;

    ContentNames(Dialogs dialogs) {
        this.byKind = Map.of("program", named(dialogs, "programs"), "center", named(dialogs, "centers"),
                "event", named(dialogs, "events"));
    }

    /** The id of the item of {@code kind} ({@code program}, {@code center}, {@code event}) that {@code name} means. */
    Optional<String> id(String kind, String name) {
        String wanted = Answers.normalize(name).replaceAll("[·()\\-]", "");
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<Named> items = byKind.getOrDefault(kind, List.of());
        return items.stream().filter(n -> n.names().contains(wanted)).findFirst()
                .or(() -> items.stream().filter(n -> n.names().get(0).contains(wanted)).findFirst())
                .or(() -> items.stream().filter(n -> n.names().stream().skip(1)
                        .anyMatch(a -> a.length() >= 3 && wanted.contains(a))).findFirst())
                .map(Named::id);
    }

    private static List<Named> named(Dialogs dialogs, String collection) {
        Collection c = dialogs.content().get(collection);
        if (c == null) {
            return List.of();
        }
        List<Named> out = new ArrayList<>();
        for (Map<String, String> item : c.items()) {
            List<String> names = new ArrayList<>();
            names.add(item.getOrDefault("name", ""));
            names.add(item.getOrDefault("name.en", ""));
            names.add(item.getOrDefault("id", ""));
            names.addAll(Arrays.asList(item.getOrDefault("aliases", "").split(",")));
            out.add(new Named(item.getOrDefault("id", ""), names.stream()
                    .map(n -> Answers.normalize(n).replaceAll("[·()\\-]", "")).filter(n -> !n.isEmpty()).toList()));
        }
        return List.copyOf(out);
    }

    /** An item's id and its normalised names, its Korean name first. */
    private record Named(String id, List<String> names) {
    }
}
