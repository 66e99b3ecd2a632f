package org.doyak.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /** The phrases of the dialogs, squeezed once so a turn only squeezes the message. */
    static List<String> phrases(Dialogs dialogs) {
        Collection phrases = dialogs.content().get(COLLECTION);
        if (phrases == null) {
            return List.of();
        }
        return phrases.items().stream()
                .flatMap(item -> Arrays.stream(item.getOrDefault("phrases", "").split(",")))
                .map(CrisisWords::squeeze).filter(p -> !p.isEmpty()).distinct().toList();
    }

    /** Whether {@code text} contains any of the squeezed {@code phrases}. */
    static boolean in(List<String> phrases, String text) {
        String squeezed = squeeze(text);
        return phrases.stream().anyMatch(squeezed::contains);
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\p{Punct}]+", "").toLowerCase(Locale.ROOT);
    }
}
