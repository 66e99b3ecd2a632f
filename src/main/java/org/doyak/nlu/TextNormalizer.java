package org.doyak.nlu;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts chat text into one canonical form before classification: NFKC (full-width letters, odd
 * compatibility forms), lower case, punctuation to spaces, a character repeated three or more times
 * cut to two ("sooooo" → "soo", "ㅠㅠㅠㅠ" → "ㅠㅠ"), laughter runs ("ㅋㅋㅋ", "ㅎㅎ", "kkk") to one
 * token {@code ㅋㅋ}, single spaces.
 *
 * <p>Hangul compatibility jamo (ㅎ, ㅇ, ㄱ, ㅅ…) are kept as typed, so slang such as "ㅎㅇ" or "ㄱㅅ" survives:
 * plain NFKC would turn them into conjoining jamo. Stateless and thread-safe.
 */
public final class TextNormalizer {

    private static final Pattern LAUGHTER = Pattern.compile("[ㅋㅎ]{2,}|(?<![a-z])k{3,}(?![a-z])");
    private static final Pattern REPEATS = Pattern.compile("(.)\\1{2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    /**
     * @param text any text, possibly empty
     * @return the normalised text, never null; empty when nothing but punctuation or spaces was typed
     */
    public static String normalize(String text) {
        String s = nfkcKeepingJamo(text).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(Character.isLetterOrDigit(cp) || isJamo(cp) ? cp : ' '));
        s = REPEATS.matcher(b).replaceAll("$1$1");
        s = LAUGHTER.matcher(s).replaceAll(" ㅋㅋ ");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Splits normalised text at spaces; an empty text has no tokens. */
    public static List<String> tokens(String normalized) {
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    /** Whether the code point is a Hangul syllable or a compatibility jamo (ㄱ–ㅣ). */
    public static boolean isHangul(int cp) {
        return (cp >= 0xAC00 && cp <= 0xD7A3) || isJamo(cp);
    }

    private static boolean isJamo(int cp) {
        return cp >= 0x3131 && cp <= 0x318E;
    }

    private static String nfkcKeepingJamo(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isJamo(text.charAt(i))) {
                out.append(Normalizer.normalize(text.substring(runStart, i), Normalizer.Form.NFKC));
                out.append(text.charAt(i));
                runStart = i + 1;
            }
        }
        return out.append(Normalizer.normalize(text.substring(runStart), Normalizer.Form.NFKC)).toString();
    }
}
