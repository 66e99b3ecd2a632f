package org.doyak.nlu;

import java.util.Optional;

/**
 * Decides when a message leaves no doubt about its language, so the bot may switch to it (see
 * {@link LanguageDetector} for the per-message guess). Thread-safe.
 */
public final class ScriptLanguage {
    private ScriptLanguage() {
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
