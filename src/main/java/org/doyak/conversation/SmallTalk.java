package org.doyak.conversation;

import java.util.List;
import java.util.Set;

/**
 * Keeps a greeting or a thank-you from deciding a message that asks for something: "안녕하세요 저 27살이고
 * 서울 사는데 국취 받을 수 있나요?" is about 국취, not a hello. A keyword of a small-talk flow (one the
 * {@code greet} or {@code goodbye} intent starts) counts only when the message has no other keyword, no
 * entity and no confident topic.
 */
final class SmallTalk {
    private static final Set<String> INTENTS = Set.of("greet", "goodbye");

    private SmallTalk() {
    }

    /** The hits that may decide the message: small-talk hits are dropped when it asks for more. */
    static List<Keywords.Hit> aside(Meaning meaning, List<Keywords.Hit> hits) {
        boolean topic = meaning.confident().filter(s -> !INTENTS.contains(s.name())
                && !Meaning.OUT_OF_SCOPE.equals(s.name())).isPresent();
        boolean more = topic || !meaning.understanding().entities().isEmpty()
                || hits.stream().anyMatch(h -> !smallTalk(h));
        return more ? hits.stream().filter(h -> !smallTalk(h)).toList() : hits;
    }

    private static boolean smallTalk(Keywords.Hit hit) {
        return hit.flow().triggers().intents().stream().anyMatch(INTENTS::contains);
    }
}
