package org.doyak.conversation;

import java.util.List;
import java.util.Optional;
import org.doyak.nlu.Entity;
import org.doyak.nlu.IntentScore;
import org.doyak.nlu.Understanding;

/**
 * One message as the turn reads it: the understanding, the intent it may act on, and the entities
 * by type. Immutable.
 *
 * @param text the message as typed (stripped)
 * @param understanding what the language layer found
 */
record Meaning(String text, Understanding understanding) {
    static final String OUT_OF_SCOPE = "out_of_scope";

    /** The best intent when it reaches the model's threshold (out of scope included). */
    Optional<IntentScore> confident() {
        return understanding.best().filter(b -> b.confidence() >= understanding.threshold());
    }

    /** True when {@code intent} is the confident best intent. */
    boolean is(String intent) {
        return confident().filter(b -> b.name().equals(intent)).isPresent();
    }

    /** The confidence the classifier gives {@code intent}, 0 when it is not ranked. */
    double score(String intent) {
        return understanding.ranking().stream().filter(s -> s.name().equals(intent))
                .mapToDouble(IntentScore::confidence).findFirst().orElse(0);
    }

    /** The values of the entities of one type, in order of appearance, without repeats. */
    List<String> values(String type) {
        return understanding.entities().stream().filter(e -> type.equals(e.type())).map(Entity::value)
                .distinct().toList();
    }

    /** The first value of one type, or "". */
    String first(String type) {
        List<String> v = values(type);
        return v.isEmpty() ? "" : v.get(0);
    }

    /**
     * The first value of one type as the slots keep it: the canonical value, except a place written in
     * Latin letters, which stays as written ("Seoul"), so an English seeker reads it back in English.
     */
    String slotValue(String type) {
        return understanding.entities().stream().filter(e -> type.equals(e.type())).findFirst().map(e -> {
            String written = e.start() >= 0 && e.end() <= text.length() && e.start() < e.end()
                    ? text.substring(e.start(), e.end()) : e.value();
            return "region".equals(type) && written.chars().allMatch(c -> c < 0x80) ? written : e.value();
        }).orElse("");
    }

    boolean has(String type) {
        return !values(type).isEmpty();
    }

    /** Whether the text has words at all (two Hangul syllables, or a Latin word): "ㅁㄴㅇㄹ" has none. */
    boolean hasWords() {
        return text.codePoints().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count() >= 2
                || text.matches("(?s).*\\p{IsLatin}{3,}.*");
    }

    /** A pasted document (a cover letter, a self-introduction): keywords and stray words in it decide nothing. */
    boolean longText() {
        return understanding.pasted();
    }
}
