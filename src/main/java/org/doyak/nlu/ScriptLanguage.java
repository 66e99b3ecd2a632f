package org.doyak.nlu;

import java.util.Optional;

/** Guesses ko or en from the script of the letters. Thread-safe. */
public final class ScriptLanguage {
    private ScriptLanguage() {
    }

    /**
     * Korean when Hangul letters are at least a third of the letters; English when there are at least
     * three letters and few are Hangul; otherwise the hint (emoji, digits, "ok" keep the language).
     */
    public static String detect(String text, String hint) {
        int hangul = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                    hangul++;
                }
            }
        }
        if (hangul > 0 && hangul * 3 >= letters) {
            return "ko";
        }
        return letters >= 3 ? "en" : hint;
    }

    /**
     * The language only when the text leaves no doubt: at least two Hangul letters making up a third of
     * the letters (Korean), or at least eight Latin letters and no Hangul (English). "ok", "yes" or a
     * name keep the conversation's language.
     */
    public static Optional<String> confident(String text) {
        int hangul = 0;
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                hangul += script == Character.UnicodeScript.HANGUL ? 1 : 0;
                latin += script == Character.UnicodeScript.LATIN ? 1 : 0;
            }
        }
        if (hangul >= 2 && hangul * 3 >= letters) {
            return Optional.of("ko");
        }
        return hangul == 0 && latin >= 8 ? Optional.of("en") : Optional.empty();
    }
}
