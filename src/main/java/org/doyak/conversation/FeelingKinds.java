package org.doyak.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Text;

/**
 * Which feeling a message carries, so its acknowledgment fits ("면접 내일인데 너무 떨려요" is nerves, not
 * burnout), from the {@value #COLLECTION} content collection: items in order, each with {@code words},
 * an {@code ack} sentence and {@code offers} (payloads of flows worth offering). The first item with a
 * word in the message wins; the item {@code default} answers otherwise. Hangul words match anywhere
 * with spacing ignored, Latin words as whole words. Immutable and thread-safe.
 */
final class FeelingKinds {
    static final String COLLECTION = "feelings";
    private static final String DEFAULT = "default";

    /** One kind of feeling: how it is acknowledged and which flows to offer. */
    record Kind(String id, Text ack, List<String> offers) {
    }

    private record Entry(Kind kind, List<Pattern> latin, List<String> hangul) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Kind fallback;

    FeelingKinds(Dialogs dialogs) {
        Collection collection = dialogs.content().get(COLLECTION);
        Kind otherwise = new Kind(DEFAULT, new Text("", ""), List.of());
        for (Map<String, String> item : collection == null ? List.<Map<String, String>>of() : collection.items()) {
            Kind kind = new Kind(item.getOrDefault("id", ""), new Text(item.getOrDefault("ack", "").strip(),
                    item.getOrDefault("ack.en", item.getOrDefault("ack", "")).strip()), list(item, "offers"));
            if (DEFAULT.equals(kind.id())) {
                otherwise = kind;
                continue;
            }
            List<Pattern> latin = new ArrayList<>();
            List<String> hangul = new ArrayList<>();
            for (String word : list(item, "words")) {
                String w = normalize(word);
                if (w.chars().anyMatch(c -> c >= 0x80)) {
                    hangul.add(w.replaceAll("\\s+", ""));
                } else {
                    latin.add(Pattern.compile("\\b" + Pattern.quote(w) + "\\b"));
                }
            }
            entries.add(new Entry(kind, latin, hangul));
        }
        this.fallback = otherwise;
    }

    /** The kind of feeling in {@code text}: the first whose word it contains, else the default. */
    Kind of(String text) {
        String lower = normalize(text);
        String packed = lower.replaceAll("\\s+", "");
        for (Entry e : entries) {
            if (e.hangul().stream().anyMatch(packed::contains)
                    || e.latin().stream().anyMatch(p -> p.matcher(lower).find())) {
                return e.kind();
            }
        }
        return fallback;
    }

    /** Whether {@code text} has a word of some feeling (not only the default). */
    boolean named(String text) {
        return !DEFAULT.equals(of(text).id());
    }

    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static List<String> list(Map<String, String> item, String field) {
        return Arrays.stream(item.getOrDefault(field, "").split(",")).map(String::strip).filter(w -> !w.isEmpty())
                .toList();
    }
}
