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

    private Feelings() {
    }

    /** Whether the message carries distress worth acknowledging before the help it asks for. */
    static boolean noted(Meaning meaning) {
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
