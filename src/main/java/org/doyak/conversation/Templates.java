package org.doyak.conversation;

import java.util.Map;
import org.doyak.dialog.Placeholders;
import org.doyak.dialog.Text;

/** Fills {@code {name}} placeholders (see {@link Placeholders}). Unknown names become empty. */
final class Templates {
    private Templates() {
    }

    /** A text in {@code lang} with its placeholders filled from {@code values}. */
    static String fill(Text text, Map<String, String> values, String lang) {
        return fill(text.in(lang), values, lang);
    }

    /**
     * Fills placeholders from {@code values}; for English, a {@code name.en} value wins over {@code name}.
     */
    static String fill(String template, Map<String, String> values, String lang) {
        return Placeholders.fill(template, values, lang);
    }
}
