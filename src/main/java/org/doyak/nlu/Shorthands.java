package org.doyak.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites shorthand and slang in normalised text to canonical terms ("국취" → "국민취업지원제도",
 * "내배카" → "내일배움카드"), so a classifier sees one form however the seeker typed it. Korean
 * variants match inside words (particles are glued: "국취로"), Latin ones only as whole words;
 * at each place the longest variant wins, and one left-to-right pass rewrites each place once.
 * Variants are indexed by their first character, so a message costs one look-up per character
 * (classification runs on every message). Immutable and thread-safe.
 */
public final class Shorthands {

    private final Map<Character, List<Variant>> byFirstChar = new HashMap<>();

    /** A way of writing a term and the canonical form it is rewritten to. */
    private record Variant(String text, String canonical, boolean latinStart, boolean latinEnd) {

        static Variant of(String text, String canonical) {
            return new Variant(text, canonical, isLatin(text.charAt(0)), isLatin(text.charAt(text.length() - 1)));
        }

        /** Whether the variant is written at {@code at}, as a whole word where it starts or ends Latin. */
        boolean at(String s, int at) {
            int end = at + text.length();
            return s.startsWith(text, at) && !(latinStart && at > 0 && isWordChar(s.charAt(at - 1)))
                    && !(latinEnd && end < s.length() && isWordChar(s.charAt(end)));
        }
    }

    /** @param synonyms the table, e.g. {@link IntentData#synonyms()} */
    public Shorthands(List<Synonym> synonyms) {
        Map<String, String> canonicalOf = new LinkedHashMap<>();
        for (Synonym s : synonyms) {
            String canonical = TextNormalizer.normalize(s.canonical());
            if (!canonical.isEmpty()) {
                canonicalOf.putIfAbsent(canonical, canonical); // so "내일배움카드" is not re-expanded via "내일배움"
            }
            for (String v : s.variants()) {
                String variant = TextNormalizer.normalize(v);
                if (!variant.isEmpty() && !variant.equals(canonical)) {
                    canonicalOf.putIfAbsent(variant, canonical);
                }
            }
        }
        List<Variant> variants = new ArrayList<>();
        canonicalOf.forEach((variant, canonical) -> variants.add(Variant.of(variant, canonical)));
        variants.sort(Comparator.comparingInt((Variant v) -> v.text().length()).reversed());
        variants.forEach(v -> byFirstChar.computeIfAbsent(v.text().charAt(0), c -> new ArrayList<>()).add(v));
    }

    /**
     * @param normalized text already passed through {@link TextNormalizer#normalize}
     * @return the text with every variant replaced by its canonical term
     */
    public String expand(String normalized) {
        if (byFirstChar.isEmpty()) {
            return normalized;
        }
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < normalized.length();) {
            Variant found = find(normalized, i);
            if (found == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(normalized.length() + 16);
            }
            out.append(normalized, copied, i).append(found.canonical());
            i += found.text().length();
            copied = i;
        }
        return out == null ? normalized : out.append(normalized, copied, normalized.length()).toString();
    }

    /** Normalises then expands: the exact text a classifier is trained and queried with. */
    public String prepare(String raw) {
        return expand(TextNormalizer.normalize(raw));
    }

    private Variant find(String s, int at) {
        List<Variant> candidates = byFirstChar.get(s.charAt(at));
        if (candidates != null) {
            for (Variant v : candidates) {
                if (v.at(s, at)) {
                    return v;
                }
            }
        }
        return null;
    }

    private static boolean isLatin(char c) {
        return Character.isLetterOrDigit(c) && c < 0x3000;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
