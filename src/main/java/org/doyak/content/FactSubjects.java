package org.doyak.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the content items a fact question is about: a program, center or event by its id, the centers
 * of a region (a center argument that is no id is read as a place), or, for a follow-up that names
 * nothing, the items the conversation talked about last.
 */
final class FactSubjects {
    /** Centers shown for one region at most. */
    static final int MAX_CENTERS = 3;
    private final Items items;

    FactSubjects(Items items) {
        this.items = items;
    }

    /**
     * What one question is about.
     *
     * @param kind {@code program}, {@code center} or {@code event}; empty when nothing was found
     * @param found the items, never more than {@link #MAX_CENTERS}
     * @param unknown a name the seeker gave that no item has (for an honest "I don't have that"), or ""
     * @param facet the facet the question must be answered on whatever was asked before, or ""
     */
    record Found(String kind, List<Map<String, String>> found, String unknown, String facet) {
        Found {
            found = List.copyOf(found);
        }

        Found(String kind, List<Map<String, String>> found, String unknown) {
            this(kind, found, unknown, "");
        }
    }

    /**
     * Resolves the question's arguments: {@code program}, {@code center}, {@code event} (ids),
     * {@code region} (a place; the first non-empty argument wins in that order), else the slots {@code topic_kind} and
     * {@code topic_ids} of the previous answer. A place alone after programs ("그럼 인천은?") asks where those
     * programs run (facet {@code region}), not about that place's centers.
     */
    Found resolve(Map<String, String> args, Map<String, String> slots) {
        for (String kind : List.of("program", "center", "event")) {
            String named = args.getOrDefault(kind, "").strip();
            if (!named.isEmpty()) {
                Optional<Map<String, String>> item = byId(collection(kind), named);
                return item.map(i -> new Found(kind, List.of(i), ""))
                        .orElseGet(() -> "center".equals(kind) ? inRegion(named) : new Found("", List.of(), named));
            }
        }
        String kind = slots.getOrDefault("topic_kind", "");
        List<Map<String, String>> previous = new ArrayList<>();
        for (String id : slots.getOrDefault("topic_ids", "").split(",")) {
            items.of(collection(kind)).stream().filter(i -> id.strip().equals(i.get("id"))).forEach(previous::add);
        }
        String region = args.getOrDefault("region", "").strip();
        boolean bare = args.getOrDefault("facet", "").isBlank();
        if (!region.isEmpty() && bare && "program".equals(kind) && !previous.isEmpty()) {
            return new Found(kind, previous, "", "region");
        }
        if (!region.isEmpty()) {
            return inRegion(region);
        }
        return new Found(previous.isEmpty() ? "" : kind, previous, "");
    }

    /** The collection of a kind of subject. */
    static String collection(String kind) {
        return "center".equals(kind) ? "centers" : "event".equals(kind) ? "events" : "programs";
    }

    private Optional<Map<String, String>> byId(String collection, String id) {
        return items.of(collection).stream().filter(i -> id.equals(i.get("id"))).findFirst();
    }

    private Found inRegion(String region) {
        List<Map<String, String>> found = new ArrayList<>();
        RegionGroups groups = items.regions();
        for (Map<String, String> c : items.of("centers")) {
            List<String> places = new ArrayList<>(Items.list(c, "near"));
            for (String f : List.of("region", "region.en", "city", "city.en")) {
                places.add(c.getOrDefault(f, ""));
            }
            if (found.size() < MAX_CENTERS && places.stream().anyMatch(p -> groups.overlap(p, region))) {
                found.add(c);
            }
        }
        return found.isEmpty() ? new Found("", List.of(), region) : new Found("center", found, "");
    }
}
