package org.doyak.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites shorthand and slang in normalised text to canonical terms ("국취" → "국민취업지원제도",
 * "내배카" → "내일배움카드"), so a classifier sees one form however the seeker typed it. Korean
 * variants match inside words (particles are glued: "국취로"), Latin ones only as whole words;
 * longer variants win, and
 * one pass rewrites each place once. Immutable and thread-safe.
 */
public final class Shorthands {

    private final Map<String, String> canonicalOf = new HashMap<>();
    private final Pattern any;

    /** @param synonyms the table, e.g. {@link IntentData#synonyms()} */
    public Shorthands(List<Synonym> synonyms) {
        List<String[]> pairs = new ArrayList<>();
        for (Synonym s : synonyms) {
            String canonical = TextNormalizer.normalize(s.canonical());
            if (!canonical.isEmpty()) {
                pairs.add(new String[] {canonical, canonical}); // so "내일배움카드" is not re-expanded via "내일배움"
            }
            for (String v : s.variants()) {
                String variant = TextNormalizer.normalize(v);
                if (!variant.isEmpty() && !variant.equals(canonical)) {
                    pairs.add(new String[] {variant, canonical});
                }
            }
        }
        pairs.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
        pairs.forEach(p -> canonicalOf.putIfAbsent(p[0], p[1]));
        this.any = pairs.isEmpty() ? null : Pattern.compile(String.join("|",
                pairs.stream().map(p -> pattern(p[0])).toList()));
    }

    /**
     * @param normalized text already passed through {@link TextNormalizer#normalize}
     * @return the text with every variant replaced by its canonical term
     */
    public String expand(String normalized) {
        if (any == null) {
            return normalized;
        }
        return any.matcher(normalized).replaceAll(m -> Matcher.quoteReplacement(canonicalOf.get(m.group())));
    }

    /** Normalises then expands: the exact text a classifier is trained and queried with. */
    public String prepare(String raw) {
        return expand(TextNormalizer.normalize(raw));
    }

    private static String pattern(String variant) {
        boolean latinStart = Character.isLetterOrDigit(variant.charAt(0)) && variant.charAt(0) < 0x3000;
        boolean latinEnd = Character.isLetterOrDigit(variant.charAt(variant.length() - 1))
                && variant.charAt(variant.length() - 1) < 0x3000;
        return (latinStart ? "(?<![\\p{L}\\p{N}])" : "") + Pattern.quote(variant)
                + (latinEnd ? "(?![\\p{L}\\p{N}])" : "");
    }
}
