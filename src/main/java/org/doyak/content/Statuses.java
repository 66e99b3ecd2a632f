package org.doyak.content;

import java.util.Map;
import org.doyak.dialog.SystemText;

/** The employment statuses flows store in the slot {@code status}, said with the words of {@code messages.yaml}. */
final class Statuses {
    private static final Map<String, SystemText> WORDS = Map.of("unemployed", SystemText.STATUS_UNEMPLOYED,
            "employed", SystemText.STATUS_EMPLOYED, "student", SystemText.STATUS_STUDENT,
            "career_break", SystemText.STATUS_CAREER_BREAK, "employer", SystemText.STATUS_EMPLOYER);

    private Statuses() {
    }

    /** Plain words for a status code in {@code lang}; an unknown code is returned as is. */
    static String label(Items items, String code, String lang) {
        SystemText key = WORDS.get(code);
        return key == null ? code : items.say(key, lang);
    }
}
