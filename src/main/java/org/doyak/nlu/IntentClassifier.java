package org.doyak.nlu;

import java.util.List;

/**
 * A trained intent model. Implementations are immutable and thread-safe and never throw on any text.
 */
public interface IntentClassifier {

    /**
     * @param text a message as typed (implementations normalise it themselves)
     * @return every known intent with its probability, best first; probabilities sum to about 1;
     *         empty only when the text has nothing to classify (no letters or digits)
     */
    List<IntentScore> rank(String text);

    /** Confidence under which the best intent should be treated as unclear, tuned when training. */
    double threshold();
}
