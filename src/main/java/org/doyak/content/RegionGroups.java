package org.doyak.content;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which places lie within which area, from the {@code regions} collection ({@code name} and its
 * {@code includes}), so that matching by region understands that 부천 is in 경기 and 마포 in 서울. Names
 * are compared without spaces, case and a final 시·군·구·도. Immutable.
 */
final class RegionGroups {
    private final Map<String, Set<String>> inside;

    private RegionGroups(Map<String, Set<String>> inside) {
        this.inside = inside;
    }

    /** The groups of a {@code regions} collection's items (none: only equal names match). */
    static RegionGroups of(List<Map<String, String>> items) {
        Map<String, Set<String>> inside = new HashMap<>();
        for (Map<String, String> group : items) {
            Set<String> members = new HashSet<>();
            Items.list(group, "includes").forEach(p -> members.add(key(p)));
            for (String name : List.of(group.getOrDefault("name", ""), group.getOrDefault("name.en", ""))) {
                if (!key(name).isEmpty()) {
                    inside.computeIfAbsent(key(name), k -> new HashSet<>()).addAll(members);
                }
            }
        }
        return new RegionGroups(inside);
    }

    /**
     * True when {@code place} is {@code area}, one names the other inside it ("경기 부천" and "부천"), or
     * {@code place} lies within {@code area} by the groups. Blank names never match.
     */
    boolean within(String place, String area) {
        String p = key(place);
        String a = key(area);
        if (p.isEmpty() || a.isEmpty()) {
            return false;
        }
        if (p.contains(a) || a.contains(p)) {
            return true;
        }
        Set<String> members = inside.getOrDefault(a, Set.of());
        return members.contains(p) || members.stream().anyMatch(m -> m.length() > 1 && p.contains(m));
    }

    /** True when either place lies within the other: a center in 부천 answers a seeker who typed 경기. */
    boolean overlap(String a, String b) {
        return within(a, b) || within(b, a);
    }

    private static String key(String name) {
        String k = Items.normalize(name);
        return k.length() > 2 && k.matches(".*[시군구도]") ? k.substring(0, k.length() - 1) : k;
    }
}
