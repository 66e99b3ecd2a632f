package org.doyak.content;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.doyak.conversation.ChatMessage.Choice;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Placeholders;
import org.doyak.dialog.SystemText;

/**
 * Reads content collections for actions, from the dialogs in force (so a reload reaches actions on the
 * next turn). Items are the flattened maps of {@link Collection}: a localised field {@code f} holds the
 * Korean text and {@code f.en} the English one; a list field holds its items joined with ", ".
 */
final class Items {
    private final Supplier<Dialogs> dialogs;

    /** Reads from {@code dialogs}; nothing is read before the first call. */
    Items(Supplier<Dialogs> dialogs) {
        this.dialogs = dialogs;
    }

    /** The items of a collection, or none when it does not exist. */
    List<Map<String, String>> of(String collection) {
        Collection c = dialogs.get().content().get(collection);
        return c == null ? List.of() : c.items();
    }

    /** Each item's {@code label} in {@code lang} by the item's id, in the collection's order. */
    Map<String, String> labels(String collection, String lang) {
        Map<String, String> labels = new LinkedHashMap<>();
        of(collection).forEach(item -> labels.put(item.getOrDefault("id", ""), text(item, "label", lang)));
        return labels;
    }

    /** A text of {@code messages.yaml} in {@code lang}, placeholders filled from {@code values}. */
    String say(SystemText key, String lang, Map<String, String> values) {
        return Placeholders.fill(dialogs.get().message(key).in(lang), values, lang);
    }

    /** A text of {@code messages.yaml} in {@code lang}, without placeholders. */
    String say(SystemText key, String lang) {
        return say(key, lang, Map.of());
    }

    /** A button titled with a text of {@code messages.yaml}. */
    Choice button(SystemText title, String lang, String payload) {
        return new Choice(say(title, lang), payload);
    }

    /** The region groups of the dialogs in force (content {@code regions}). */
    RegionGroups regions() {
        return RegionGroups.of(of("regions"));
    }

    /** A field in {@code lang} (English falls back to Korean), or "" when missing. */
    static String text(Map<String, String> item, String field, String lang) {
        String en = item.get(field + ".en");
        if ("en".equals(lang) && en != null && !en.isBlank()) {
            return en;
        }
        return item.getOrDefault(field, "").strip();
    }

    /** A list field split into its trimmed, non-empty elements. */
    static List<String> list(Map<String, String> item, String field) {
        return Arrays.stream(item.getOrDefault(field, "").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** NFKC, lower case, without spaces or punctuation: how names typed by seekers are compared. */
    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s.!?~,·()\\-]+", "");
    }
}
