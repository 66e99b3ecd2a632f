package org.doyak.admin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups misunderstood messages by similarity so staff read each kind once: two messages are alike when the
 * sets of character bigrams of their normalised forms (NFKC, lower case, letters and digits only, so spacing
 * and punctuation do not matter — Korean is often typed without spaces) overlap by at least {@link #ALIKE}
 * (Jaccard). Greedy: each message joins the first group whose first message it is like. Stateless.
 */
public final class MessageGroups {
    /** The least bigram overlap (Jaccard) for two messages to share a group. */
    public static final double ALIKE = 0.5;

    private MessageGroups() {
    }

    /**
     * One group.
     *
     * @param texts the messages, in the order given; the first one stands for the group
     */
    public record Group(List<String> texts) {

        /** Creates an immutable group. */
        public Group {
            texts = List.copyOf(texts);
        }

        /** How many messages the group holds. */
        public int size() {
            return texts.size();
        }
    }

    /**
     * @param texts messages, e.g. newest first
     * @return groups, largest first (ties keep the order of their first message)
     */
    public static List<Group> of(List<String> texts) {
        List<Set<String>> keys = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        for (String text : texts) {
            Set<String> grams = bigrams(text);
            int home = -1;
            for (int i = 0; i < keys.size() && home < 0; i++) {
                if (jaccard(keys.get(i), grams) >= ALIKE) {
                    home = i;
                }
            }
            if (home < 0) {
                keys.add(grams);
                groups.add(new ArrayList<>());
                home = groups.size() - 1;
            }
            groups.get(home).add(text);
        }
        List<Group> result = new ArrayList<>(groups.stream().map(Group::new).toList());
        result.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return result;
    }

    static Set<String> bigrams(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
        Set<String> grams = new HashSet<>();
        if (s.length() == 1) {
            grams.add(s);
        }
        for (int i = 0; i + 1 < s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }
}
