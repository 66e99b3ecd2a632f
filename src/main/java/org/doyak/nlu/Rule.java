package org.doyak.nlu;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of finding an entity: every match of {@code pattern} is reported as {@code type}/{@code value}
 * with the offsets of the match (or of its group {@code at}, when the pattern has that named group).
 * Immutable and thread-safe.
 */
record Rule(String type, String value, Pattern pattern) {

    /** Compiles {@code regex} case-insensitively (Unicode-aware). */
    static Rule of(String type, String value, String regex) {
        return new Rule(type, value, Pattern.compile("(?iu)" + regex));
    }

    /** Adds an entity to {@code out} for every match in {@code text}. */
    void findIn(String text, List<Entity> out) {
        Matcher m = pattern.matcher(text);
        boolean grouped = pattern.pattern().contains("(?<at>");
        while (m.find()) {
            int start = grouped && m.start("at") >= 0 ? m.start("at") : m.start();
            int end = grouped && m.end("at") >= 0 ? m.end("at") : m.end();
            if (end > start) {
                out.add(new Entity(type, value, start, end));
            }
        }
    }
}
