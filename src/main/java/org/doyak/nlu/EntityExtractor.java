package org.doyak.nlu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds every entity type the flows use, with offsets into the text as typed (the types and values are
 * listed in {@link Entity}):
 * <ul>
 * <li>names from the content ({@link Name}: {@code region}, {@code center}, {@code program},
 *     {@code event}, {@code major}), spaces inside a name optional, Korean particles allowed after it
 *     ("부천에서");</li>
 * <li>any type named by a synonym entry's {@code entity} (e.g. {@code program}: "국취"); when the
 *     synonym's canonical term or a variant is also a content name of that type, the content's value (the
 *     program id) is reported, else the canonical term;</li>
 * <li>{@code age} ({@link AgeFinder}), {@code status} and {@code benefit} ({@link StatusFinder}),
 *     {@code date} ({@link DateFinder}), {@code facet}, {@code booking_op} and {@code anaphora}
 *     ({@link QuestionFinder}).</li>
 * </ul>
 * Overlaps: of two finds of the same type the longer is kept; a find that is not a name and lies in a
 * longer name is dropped ("내일배움카드" gives no date). Names of different types may overlap ("전북
 * 일자리센터" gives the center {@code jeonbuk} and the region 전북), as may other different types ("토요일도
 * 해?" gives the facet {@code weekend} and the date of the coming Saturday). The result is in order of
 * appearance, longer first at the same start. Immutable and thread-safe.
 */
public final class EntityExtractor {

    /** Entity types whose values come from the content's names. */
    static final Set<String> NAME_TYPES = Set.of("region", "center", "program", "event", "major");

    private final List<Rule> names = new ArrayList<>();
    /** The lower-case first character of each name: a name whose first character is absent is not searched. */
    private final List<Character> firsts = new ArrayList<>();

    /**
     * @param contentNames names to look for (regions, centers, programs, events, majors)
     * @param synonyms shorthand table; entries with an {@code entity} type are reported as entities
     */
    public EntityExtractor(List<Name> contentNames, List<Synonym> synonyms) {
        Map<String, String> valueOf = new HashMap<>();
        for (Name n : contentNames) {
            addName(n.type(), n.surface(), n.value());
            valueOf.putIfAbsent(n.type() + "\u0000" + key(n.surface()), n.value());
        }
        for (Synonym s : synonyms) {
            if (s.entity() != null) {
                String value = s.variants().stream().map(v -> valueOf.get(s.entity() + "\u0000" + key(v)))
                        .filter(v -> v != null).findFirst()
                        .orElse(valueOf.getOrDefault(s.entity() + "\u0000" + key(s.canonical()), s.canonical()));
                addName(s.entity(), s.canonical(), value);
                s.variants().forEach(v -> addName(s.entity(), v, value));
            }
        }
    }

    /**
     * @param text the message as typed
     * @param today the date relative dates are resolved against (the seeker's, Asia/Seoul)
     * @return entities in order of appearance; empty when there are none
     */
    public List<Entity> extract(String text, LocalDate today) {
        List<Entity> found = new ArrayList<>(AgeFinder.find(text));
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.size(); i++) {
            if (lower.indexOf(firsts.get(i)) >= 0) {
                names.get(i).findIn(text, found);
            }
        }
        found.addAll(StatusFinder.find(text));
        found.addAll(DateFinder.find(text, today));
        found.addAll(QuestionFinder.find(text));
        found.sort(Comparator.comparingInt(Entity::start).thenComparing(e -> e.start() - e.end()));
        List<Entity> kept = new ArrayList<>();
        for (Entity e : found) {
            if (kept.stream().noneMatch(k -> clashes(k, e))) {
                kept.add(e);
            }
        }
        return List.copyOf(kept);
    }

    /** Whether {@code later} (no longer than {@code kept} when they start together) must give way. */
    private static boolean clashes(Entity kept, Entity later) {
        boolean overlap = later.start() < kept.end() && kept.start() < later.end();
        boolean insideName = NAME_TYPES.contains(kept.type()) && !NAME_TYPES.contains(later.type())
                && kept.end() - kept.start() > later.end() - later.start();
        return overlap && (kept.type().equals(later.type()) || insideName);
    }

    private void addName(String type, String surface, String value) {
        String s = surface.strip();
        if (s.isEmpty()) {
            return;
        }
        StringBuilder regex = new StringBuilder();
        if (isLatin(s.charAt(0))) {
            regex.append("(?<![\\p{L}\\p{N}])");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                regex.append(i > 0 ? "\\s*" : "").append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (isLatin(s.charAt(s.length() - 1))) {
            regex.append("(?![\\p{L}\\p{N}])");
        }
        names.add(Rule.of(type, value, regex.toString()));
        firsts.add(Character.toLowerCase(s.charAt(0)));
    }

    private static String key(String surface) {
        return TextNormalizer.normalize(surface).replace(" ", "");
    }

    private static boolean isLatin(char c) {
        return Character.isLetterOrDigit(c) && c < 0x3000;
    }
}
