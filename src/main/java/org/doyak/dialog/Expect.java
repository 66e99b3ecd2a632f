package org.doyak.dialog;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an answer to a question is checked.
 *
 * @param kind text, number, choice or pattern
 * @param min smallest number allowed (numbers only)
 * @param max largest number allowed (numbers only)
 * @param pattern the regular expression a pattern answer must match in full
 */
public record Expect(Kind kind, Optional<Long> min, Optional<Long> max, Optional<Pattern> pattern) {

    /** The kinds of answers. */
    public enum Kind { TEXT, NUMBER, CHOICE, PATTERN }

    /** Any non-empty text. */
    public static Expect text() {
        return new Expect(Kind.TEXT, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
