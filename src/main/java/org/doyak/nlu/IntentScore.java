package org.doyak.nlu;

/**
 * One intent with the classifier's confidence in it.
 *
 * @param name intent name as written in the intent data, e.g. {@code resume_help}
 * @param confidence probability in [0, 1]
 */
public record IntentScore(String name, double confidence) {
}
