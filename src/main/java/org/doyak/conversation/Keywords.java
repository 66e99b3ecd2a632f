package org.doyak.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.dialog.Flow;

/**
 * The flows' keywords: Hangul found anywhere with any spacing ("자소서" in "자소서랑"), Latin as a whole
 * word, case ignored. Immutable and thread-safe.
 */
final class Keywords {
    private final List<Keyword> keywords = new ArrayList<>();

    /** One flow's keyword found in a text: where it starts and ends in the lower-cased text. */
    record Hit(Flow flow, int start, int end) {
    }

    void add(String keyword, Flow flow) {
        keywords.add(Keyword.of(keyword, flow));
    }

    /** The flow of the first keyword (in file order) the text contains. */
    Optional<Flow> first(String text) {
        String lower = lower(text);
        return keywords.stream().filter(k -> k.pattern().matcher(lower).find()).map(Keyword::flow).findFirst();
    }

    /**
     * Each flow whose keyword the text contains, once, by where its keyword appears; a keyword inside
     * another flow's keyword ("일자리" in "일자리센터") does not count.
     */
    List<Hit> hits(String text) {
        String lower = lower(text);
        List<Hit> all = new ArrayList<>();
        for (Keyword k : keywords) {
            Matcher m = k.pattern().matcher(lower);
            if (m.find()) {
                all.add(new Hit(k.flow(), m.start(), m.end()));
            }
        }
        all.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> h.start() - h.end()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            boolean inside = kept.stream().anyMatch(k -> h.start() < k.end());
            boolean again = kept.stream().anyMatch(k -> k.flow().equals(h.flow()));
            if (!inside && !again) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** The flow whose keyword is the whole text, spacing and end punctuation ignored. */
    Optional<Flow> exact(String text) {
        String normalized = Answers.normalize(text);
        return keywords.stream().filter(k -> k.normalized().equals(normalized)).map(Keyword::flow).findFirst();
    }

    /** How texts are searched: NFKC and lower case, so positions are those of {@link #hits}. */
    static String lower(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** A keyword, its pattern and its flow. */
    private record Keyword(String normalized, Pattern pattern, Flow flow) {

        static Keyword of(String keyword, Flow flow) {
            String k = lower(keyword).strip();
            boolean latin = k.chars().allMatch(c -> c < 0x80);
            StringBuilder regex = new StringBuilder();
            if (latin) {
                regex.append("(?<![\\p{L}\\p{N}])").append(Pattern.quote(k)).append("(?![\\p{L}\\p{N}])");
            } else {
                for (int i = 0; i < k.length(); i++) {
                    if (!Character.isWhitespace(k.charAt(i))) {
                        String letter = Pattern.quote(String.valueOf(k.charAt(i)));
                        regex.append(regex.length() > 0 ? "\\s*" : "").append(letter);
                    }
                }
            }
            return new Keyword(Answers.normalize(keyword), Pattern.compile(regex.toString()), flow);
        }
    }
}
