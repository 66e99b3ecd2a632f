package org.doyak.conversation;

import java.util.List;
import java.util.Optional;
import org.doyak.dialog.Flow;
import org.doyak.nlu.IntentScore;

/**
 * A request for a person said together with a topic ("자소서 첨삭 받고 싶은데 상담사랑 얘기할 수 있나요",
 * "can a real person help me with my resume"): the person wins, since a seeker who asks for one should
 * not be sent to a menu. It counts when the classifier ranks {@code human_handoff} among its two best at
 * {@value #RANKED} or more and a keyword of the handoff flow is in the message, or when it ranks it first.
 * ("직업상담사가 되고 싶어요" names the word but is about a career: {@link TextTurn} routes a career goal
 * before this is asked.)
 */
final class PersonRequest {
    static final double RANKED = 0.15;

    private PersonRequest() {
    }

    /** The handoff flow when the message asks for a person, else empty. */
    static Optional<Flow> of(Meaning meaning, List<Keywords.Hit> hits, TriggerIndex index) {
        Optional<Flow> handoff = index.intent(Fallbacks.HANDOFF_INTENT);
        if (handoff.isEmpty()) {
            return Optional.empty();
        }
        List<IntentScore> ranking = meaning.understanding().ranking();
        boolean ranked = ranking.stream().limit(2).anyMatch(s -> Fallbacks.HANDOFF_INTENT.equals(s.name())
                && s.confidence() >= RANKED);
        boolean named = hits.stream().anyMatch(h -> h.flow().equals(handoff.get()));
        return ranked && named || meaning.is(Fallbacks.HANDOFF_INTENT) ? handoff : Optional.empty();
    }
}
