package org.doyak.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.Flow;

/**
 * The topic a message points to by what it names when neither a keyword nor a confident intent
 * decides it: "32살 경단녀인데 다시 일하고 싶어요" names an age and a status (the programs that fit),
 * "그 박람회 가고 싶은데" an event. Places alone point nowhere ("부천" can mean a center, a program or an
 * event). Used only when no question is pending.
 */
final class EntityTopics {
    /** Entity type → the intent whose flow serves it, in order of precedence. */
    private static final List<Map.Entry<String, String>> TOPICS = List.of(
            Map.entry("program", "program_search"), Map.entry("event", "events"),
            Map.entry("status", "program_search"), Map.entry("benefit", "program_search"),
            Map.entry("age", "program_search"), Map.entry("major", "career_explore"));

    /**
     * Below this confidence the classifier's guess yields to the entities: "30살 백수 부천" names an age and
     * a status (programs), though a small model may rank job_search first at 0.10.
     */
    static final double WEAK = 0.25;

    private EntityTopics() {
    }

    /** Whether the message's entities outweigh the classifier's guess (absent or under {@value #WEAK}). */
    static boolean outweigh(Meaning meaning) {
        return meaning.confident().map(s -> s.confidence() < WEAK).orElse(true);
    }

    /** The flow the message's entities point to, if any. */
    static Optional<Flow> flow(Meaning meaning, TriggerIndex index) {
        return TOPICS.stream().filter(t -> meaning.has(t.getKey()))
                .map(t -> index.intent(t.getValue())).flatMap(Optional::stream).findFirst();
    }
}
