package org.doyak.dialog;

/**
 * A user-facing text in both languages. Korean is the default.
 *
 * @param ko Korean text, never null
 * @param en English text, never null
 */
public record Text(String ko, String en) {

    /** The text in {@code lang}; anything but {@code en} gets Korean. */
    public String in(String lang) {
        return "en".equals(lang) ? en : ko;
    }
}
