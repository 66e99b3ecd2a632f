package org.doyak.dialog.load;

/**
 * The Korean object particle (을/를) after a word in a staff message. For Hangul the last syllable
 * decides; for Latin letters and digits, how the last one is read aloud (age_max → 를, html → 을, booking → 을).
 */
final class Particles {
    private static final String CLOSED_LATIN = "lmn013678";

    private Particles() {
    }

    /** 을 after a closed syllable, 를 after an open one. */
    static String object(String word) {
        if (word.isEmpty()) {
            return "를";
        }
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        if (last >= '가' && last <= '힣') {
            return (last - '가') % 28 == 0 ? "를" : "을";
        }
        return CLOSED_LATIN.indexOf(last) >= 0 || word.endsWith("ng") ? "을" : "를";
    }
}
