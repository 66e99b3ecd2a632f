package org.doyak.conversation;

import java.util.List;
import java.util.Set;
import org.doyak.dialog.Flow;

/**
 * Keeps a greeting or a thank-you from deciding a message that asks for something: "안녕하세요 저 27살이고
 * 서울 사는데 국취 받을 수 있나요?" is about 국취, not a hello. A keyword of a small-talk flow (one the
 * {@code greet} or {@code goodbye} intent starts) counts only when the message has no other keyword, no
 * entity and no confident topic.
 */
final class SmallTalk {
    private static final Set<String> INTENTS = Set.of("greet", "goodbye");
    /** Entity types that point or ask ("there", "hours?") without naming anything. */
    private static final Set<String> MARKERS = Set.of("anaphora", "facet");

    private SmallTalk() {
    }

    /** The hits that may decide the message: small-talk hits are dropped when it asks for more. */
    static List<Keywords.Hit> aside(Meaning meaning, List<Keywords.Hit> hits) {
        boolean topic = meaning.confident().filter(s -> !INTENTS.contains(s.name())
                && !Meaning.OUT_OF_SCOPE.equals(s.name())).isPresent();
        boolean more = topic || namesSomething(meaning)
                || hits.stream().anyMatch(h -> !smallTalk(h));
        return more ? hits.stream().filter(h -> !smallTalk(h)).toList() : hits;
    }

    /** Whether {@code flow} may decide the message: a small-talk flow only when the message names nothing. */
    static boolean decides(Meaning meaning, Flow flow) {
        return !smallTalk(flow) || !namesSomething(meaning);
    }

    /** Whether the message names something (a place, an age, a program…); "is anyone there?" does not. */
    private static boolean namesSomething(Meaning meaning) {
        return meaning.understanding().entities().stream().anyMatch(e -> !MARKERS.contains(e.type()));
    }

    private static boolean smallTalk(Keywords.Hit hit) {
        return smallTalk(hit.flow());
    }

    private static boolean smallTalk(Flow flow) {
        return flow.triggers().intents().stream().anyMatch(INTENTS::contains);
    }
}
