package org.doyak.nlu;

/**
 * Tells Korean from English by the words of a message: a word with any Hangul in it counts for
 * Korean, a word of Latin letters for English, the larger share wins. A tie, or a message with
 * neither (emoji, digits), keeps the conversation's language. Stateless and thread-safe.
 */
public final class LanguageDetector {

    /** Korean. */
    public static final String KOREAN = "ko";
    /** English. */
    public static final String ENGLISH = "en";

    private LanguageDetector() {
    }

    /**
     * @param text the message as typed
     * @param hint the conversation's language, used on a tie; anything but {@code en} counts as Korean
     * @return {@code ko} or {@code en}
     */
    public static String detect(String text, String hint) {
        int korean = 0;
        int english = 0;
        for (String word : text.split("\\s+")) {
            if (word.codePoints().anyMatch(TextNormalizer::isHangul)) {
                korean++;
            } else if (word.codePoints().anyMatch(cp -> Character.isLetter(cp)
                    && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)) {
                english++;
            }
        }
        if (korean == english) {
            return ENGLISH.equals(hint) ? ENGLISH : KOREAN;
        }
        return korean > english ? KOREAN : ENGLISH;
    }
}
