package org.doyak.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;

/**
 * Spots self-harm or suicide wording from the {@value #COLLECTION} content collection (items with a
 * {@code phrases} list, editable by staff). Matching ignores case and all spacing, so "죽고싶어" and
 * "죽고 싶어" both match the phrase "죽고 싶". It errs on the side of a counselor: a false alarm costs a
 * handoff, a miss can cost far more.
 */
final class CrisisWords {
    /** The content collection with the phrases. */
    static final String COLLECTION = "crisis_phrases";

    private CrisisWords() {
    }

    /** Whether {@code text} contains any crisis phrase of the dialogs. */
    static boolean in(Dialogs dialogs, String text) {
        Collection phrases = dialogs.content().get(COLLECTION);
        if (phrases == null) {
            return false;
        }
        String squeezed = squeeze(text);
        for (Map<String, String> item : phrases.items()) {
            boolean hit = Arrays.stream(item.getOrDefault("phrases", "").split(","))
                    .map(CrisisWords::squeeze).anyMatch(p -> !p.isEmpty() && squeezed.contains(p));
            if (hit) {
                return true;
            }
        }
        return false;
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\p{Punct}]+", "").toLowerCase(Locale.ROOT);
    }
}
