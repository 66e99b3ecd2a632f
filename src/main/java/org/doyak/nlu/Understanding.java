package org.doyak.nlu;

import java.util.List;
import java.util.Optional;

/**
 * What the language layer learned from one message. The engine, not the classifier, decides
 * whether the best intent is confident enough, using {@link #threshold()}.
 *
 * @param language detected language of the message, {@code ko} or {@code en}
 * @param ranking intents best first; empty when nothing is known
 * @param entities values found in the text, in order of appearance
 * @param threshold confidence under which the best intent should be treated as unclear
 */
public record Understanding(String language, List<IntentScore> ranking, List<Entity> entities,
        double threshold) {

    /** Creates an immutable understanding. */
    public Understanding {
        ranking = List.copyOf(ranking);
        entities = List.copyOf(entities);
    }

    /** The best-ranked intent, if any. */
    public Optional<IntentScore> best() {
        return ranking.isEmpty() ? Optional.empty() : Optional.of(ranking.get(0));
    }
}
