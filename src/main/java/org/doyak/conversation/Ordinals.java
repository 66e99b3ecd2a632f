package org.doyak.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a place in a list typed as a reply: "2", "2번", "2번이요", "두번째요", "second", "the 2nd one". */
final class Ordinals {
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,2})(번째|번|st|nd|rd|th)?");
    private static final List<String> KOREAN = List.of("첫", "두", "세", "네", "다섯", "여섯", "일곱", "여덟");
    private static final List<String> ENGLISH = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth");

    private Ordinals() {
    }

    /** The 1-based place a normalized reply ({@link Answers#normalize}) names, or empty. */
    static Optional<Integer> place(String normalized) {
        String word = normalized.replaceFirst("(이요|요|거|것)$", "").replaceFirst("^the", "").replaceFirst("one$", "");
        Matcher m = NUMBER.matcher(word);
        if (m.matches()) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        for (int i = 0; i < KOREAN.size(); i++) {
            if (word.equals(KOREAN.get(i) + "번째") || word.equals(ENGLISH.get(i))) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
