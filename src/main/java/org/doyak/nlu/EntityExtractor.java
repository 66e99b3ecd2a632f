package org.doyak.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the entities the flows need, with offsets into the text as typed:
 * <ul>
 * <li>{@code region}: a surface form from the gazetteer (e.g. "부천" → "부천"), spaces between letters
 *     optional, Korean particles allowed after it ("부천에서");</li>
 * <li>{@code age}: see {@link AgeFinder};</li>
 * <li>{@code status}: {@code unemployed}, {@code employed}, {@code benefit_recipient},
 *     {@code student} or {@code career_break};</li>
 * <li>any type named by a synonym entry's {@code entity} (e.g. {@code program}: "국취" →
 *     "국민취업지원제도").</li>
 * </ul>
 * Overlapping finds keep the longest; the result is in order of appearance. Immutable and thread-safe.
 */
public final class EntityExtractor {

    private static final Map<String, Pattern> STATUS = statusPatterns();

    private final List<Term> terms = new ArrayList<>();

    private record Term(String type, String value, Pattern pattern) {
    }

    /**
     * @param gazetteer region and center names: surface form → canonical name (e.g. "부천고용센터" → "부천")
     * @param synonyms shorthand table; entries with an {@code entity} type are reported as entities
     */
    public EntityExtractor(Map<String, String> gazetteer, List<Synonym> synonyms) {
        gazetteer.forEach((surface, canonical) -> addTerm("region", surface, canonical));
        for (Synonym s : synonyms) {
            if (s.entity() != null) {
                addTerm(s.entity(), s.canonical(), s.canonical());
                s.variants().forEach(v -> addTerm(s.entity(), v, s.canonical()));
            }
        }
    }

    /**
     * @param text the message as typed
     * @return entities in order of appearance, never overlapping; empty when there are none
     */
    public List<Entity> extract(String text) {
        List<Entity> found = new ArrayList<>(AgeFinder.find(text));
        for (Term t : terms) {
            Matcher m = t.pattern().matcher(text);
            while (m.find()) {
                found.add(new Entity(t.type(), t.value(), m.start(), m.end()));
            }
        }
        STATUS.forEach((value, pattern) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add(new Entity("status", value, m.start(), m.end()));
            }
        });
        found.sort(Comparator.comparingInt(Entity::start).thenComparing(e -> e.start() - e.end()));
        List<Entity> kept = new ArrayList<>();
        for (Entity e : found) {
            if (kept.isEmpty() || e.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(e);
            }
        }
        return kept;
    }

    private void addTerm(String type, String surface, String value) {
        String s = surface.strip();
        if (s.isEmpty()) {
            return;
        }
        StringBuilder regex = new StringBuilder("(?iu)");
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
        terms.add(new Term(type, value, Pattern.compile(regex.toString())));
    }

    private static boolean isLatin(char c) {
        return Character.isLetterOrDigit(c) && c < 0x3000;
    }

    private static Map<String, Pattern> statusPatterns() {
        Map<String, Pattern> p = new LinkedHashMap<>();
        p.put("benefit_recipient", Pattern.compile("(?iu)(?:실업|구직)\\s*급여\\s*(?:수급|받(?:고\\s*있|는\\s*중|는중))"
                + "|수급\\s*(?:중|자)|(?:receiving|on|getting)\\s+(?:unemployment\\s+)?benefits?"));
        p.put("unemployed", Pattern.compile("(?iu)미취업|구직\\s*중|무직|백수|취준생?|취업\\s*준비\\s*중|실직"
                + "|\\bunemployed\\b|\\bjobless\\b|out of work|between jobs"));
        p.put("employed", Pattern.compile("(?iu)재직\\s*(?:중|자)?|직장인|회사\\s*다니(?:고|는)|일하고\\s*있"
                + "|\\bemployed\\b|i have a job|currently working|\\bi work at\\b"));
        p.put("student", Pattern.compile("(?iu)대학생|고등학생|학생|졸업\\s*예정|재학\\s*중?|휴학\\s*중?"
                + "|\\bstudent\\b|graduating|about to graduate"));
        p.put("career_break", Pattern.compile("(?iu)경력\\s*단절|경단녀?|육아\\s*휴직|career\\s+break"
                + "|returning to work|stay[- ]at[- ]home"));
        return Map.copyOf(p);
    }
}
