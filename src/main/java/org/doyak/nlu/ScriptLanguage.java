package org.doyak.nlu;

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
}
