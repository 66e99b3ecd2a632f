package org.doyak.conversation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;

/**
 * Reads a short typed reply as a yes or a no ("ㅇㅇ 동의", "넵!", "아니요 괜찮아요", "동의안해요", "no thanks"),
 * from the words of the {@value #COLLECTION} content collection (items {@code yes}, {@code no} and
 * {@code filler}, editable by staff). A message is a yes or a no only when every word in it is listed:
 * spacing is free (a word run together is split into listed words), laughter and punctuation are
 * ignored, and any other word ("네 근데 국취는 뭐야?") makes it neither, so a question is never taken
 * for a yes. Any listed no word makes it a no ("동의 안 해요"). Immutable and thread-safe.
 */
final class ShortAnswers {
    /** The content collection with the words. */
    static final String COLLECTION = "short_answers";
    /** Longest message read as a short answer; longer ones say more than yes or no. */
    private static final int LONGEST = 30;

    /** What a short reply says. */
    enum Reply { YES, NO, NEITHER }

    private final Set<String> yes;
    private final Set<String> no;
    private final Set<String> filler;
    private final int longestWord;

    ShortAnswers(Dialogs dialogs) {
        Collection words = dialogs.content().get(COLLECTION);
        this.yes = words(words, "yes");
        this.no = words(words, "no");
        this.filler = words(words, "filler");
        this.longestWord = Math.max(1, Stream.of(yes, no, filler).flatMap(Set::stream)
                .mapToInt(String::length).max().orElse(1));
    }

    /** What {@code text} says: yes, no, or neither (a longer or different message). */
    Reply read(String text) {
        String cleaned = normalize(text.replaceAll("[ㅋㅎㅠㅜ]{2,}", " ")).replace("’", "")
                .replaceAll("[^\\p{L}\\p{N}\\s]+", " ").strip();
        if (cleaned.isEmpty() || cleaned.length() > LONGEST) {
            return Reply.NEITHER;
        }
        boolean anyYes = false;
        boolean anyNo = false;
        for (String token : cleaned.split("\\s+")) {
            int[] kinds = new int[2];
            if (!split(token, kinds)) {
                return Reply.NEITHER;
            }
            anyYes |= kinds[0] > 0;
            anyNo |= kinds[1] > 0;
        }
        return anyNo ? Reply.NO : anyYes ? Reply.YES : Reply.NEITHER;
    }

    /**
     * Whether a word of the text is a no word ("안 끌려요", "not really") or starts with one of two letters
     * or more ("별로안끌려요", "싫어요"): a sentence that may deny what it names.
     */
    boolean negated(String text) {
        for (String token : normalize(text).split("[^\\p{L}\\p{N}]+")) {
            for (int end = Math.min(token.length(), longestWord); end > 0; end--) {
                if (no.contains(token.substring(0, end)) && (end >= 2 || end == token.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Splits a token into listed words, longest first, backtracking where needed; counts yes words in
     * {@code kinds[0]} and no words in {@code kinds[1]}. False when the token is not made of listed words.
     */
    private boolean split(String token, int[] kinds) {
        if (token.isEmpty()) {
            return true;
        }
        for (int end = Math.min(token.length(), longestWord); end > 0; end--) {
            String word = token.substring(0, end);
            boolean isYes = yes.contains(word);
            boolean isNo = no.contains(word);
            if ((isYes || isNo || filler.contains(word)) && split(token.substring(end), kinds)) {
                kinds[0] += isYes ? 1 : 0;
                kinds[1] += isNo ? 1 : 0;
                return true;
            }
        }
        return false;
    }

    /** NFKC (which also turns "ㅇ" into a conjoining jamo, on both sides alike), lower case, no apostrophes. */
    private static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("'", "");
    }

    private static Set<String> words(Collection collection, String id) {
        Set<String> words = new HashSet<>();
        if (collection != null) {
            collection.items().stream().filter(i -> id.equals(i.get("id")))
                    .flatMap(i -> Arrays.stream(i.getOrDefault("words", "").split(",")))
                    .map(w -> normalize(w.strip())).filter(w -> !w.isEmpty())
                    .forEach(words::add);
        }
        return Set.copyOf(words);
    }
}
