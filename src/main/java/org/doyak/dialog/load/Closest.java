package org.doyak.dialog.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a mistyped one most likely meant ({@code age_mx} → {@code age_max}), by edit
 * distance with swapped neighbours counting as one edit. Only close names are suggested: at most one
 * edit in three characters.
 */
public final class Closest {
    private Closest() {
    }

    /** The known name closest to {@code word}, if one is close enough; never {@code word} itself. */
    public static Optional<String> to(String word, Collection<String> known) {
        String w = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, w.length() / 3);
        return known.stream().filter(k -> !k.equals(word))
                .filter(k -> distance(w, k.toLowerCase(Locale.ROOT)) <= allowed)
                .min(Comparator.comparingInt((String k) -> distance(w, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Korean and English suffixes for a message, {@code " — age_max를 말씀하신 건가요?"}, or two empty strings. */
    public static String[] hint(String word, Collection<String> known) {
        return to(word, known).map(k -> new String[] {" — " + k + Particles.object(k) + " 말씀하신 건가요?",
                " — did you mean " + k + "?"}).orElse(new String[] {"", ""});
    }

    /** Optimal string alignment distance. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
