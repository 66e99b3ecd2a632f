package org.doyak.conversation;

import java.util.List;
import org.doyak.nlu.IntentScore;

/**
 * Notices a feeling said together with a request ("면접에서 자꾸 떨어져요 ㅠㅠ", "취준 너무 힘든데 자소서 좀
 * 도와줘"), so the help starts with a sentence that acknowledges it. Crisis is not handled here: it is
 * caught before anything else.
 */
final class Feelings {
    /** The least confidence of {@code feeling_down} that counts, when it ranks first or second. */
    static final double NOTED = 0.12;
    /**
     * The least confidence of {@code feeling_down} that makes a message a feeling on its own, without a
     * feeling word: a small model can rank it first at 0.10 for "부천에서도 해요?", while real distress
     * ("요즘 너무 힘들어요") scores above 0.6.
     */
    static final double DOWN = 0.3;

    private Feelings() {
    }

    /**
     * Whether the message is a feeling to acknowledge rather than a request: {@code feeling_down} is the
     * confident intent, at {@value #DOWN} or with a word of a feeling in {@code kinds}; or, when the message
     * asks for no topic ({@code topicAsked} false: no keyword, no confident intent but out of scope), a
     * word of a feeling ("i got laid off... idk what to do").
     */
    static boolean down(Meaning meaning, FeelingKinds kinds, boolean topicAsked) {
        boolean named = kinds.named(meaning.text());
        if (meaning.is(TextTurn.FEELING_INTENT)) {
            return meaning.score(TextTurn.FEELING_INTENT) >= DOWN || named;
        }
        boolean topic = topicAsked || meaning.confident().filter(s -> !Meaning.OUT_OF_SCOPE.equals(s.name()))
                .isPresent();
        return named && !topic;
    }

    /**
     * Whether the message carries distress worth acknowledging before the help it asks for: the
     * classifier's {@code feeling_down}, or a word of a feeling in {@code kinds} ("so nervous").
     */
    static boolean noted(Meaning meaning, FeelingKinds kinds) {
        return ranked(meaning) || kinds.named(meaning.text());
    }

    private static boolean ranked(Meaning meaning) {
        List<IntentScore> ranking = meaning.understanding().ranking();
        for (int i = 0; i < Math.min(2, ranking.size()); i++) {
            IntentScore s = ranking.get(i);
            if (TextTurn.FEELING_INTENT.equals(s.name()) && s.confidence() >= NOTED) {
                return true;
            }
        }
        return false;
    }
}
