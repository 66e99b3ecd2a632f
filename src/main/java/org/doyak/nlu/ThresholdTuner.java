package org.doyak.nlu;

import java.util.List;

/**
 * Picks the confidence threshold under which a best intent is treated as out of scope, from
 * rankings of validation messages whose true intent is known (never from test data).
 *
 * <p>Rule: the highest out-of-scope recall whose in-scope accuracy stays within
 * {@link #MAX_ACCURACY_LOSS} of the accuracy without a threshold; among equals, the lowest threshold.
 * An in-scope message counts as right only when its best intent is right and clears the threshold;
 * an out-of-scope one when its best intent is {@code out_of_scope} or falls under the threshold.
 * The grid is 0.000–0.950 in steps of 0.005. Stateless and thread-safe.
 */
public final class ThresholdTuner {

    /**
     * In-scope accuracy the threshold may cost: a real question wrongly called unclear costs the
     * seeker more than an off-topic one answered with a topic menu.
     */
    static final double MAX_ACCURACY_LOSS = 0.01;

    private ThresholdTuner() {
    }

    /**
     * One validation message: its true intent and the classifier's ranking of it.
     *
     * @param gold true intent, {@link IntentData#OUT_OF_SCOPE} for messages the bot is not for
     * @param ranking best first, possibly empty
     */
    public record Observation(String gold, List<IntentScore> ranking) {
    }

    /**
     * @param observations validation rankings; with no out-of-scope message among them the result
     *        only trades away in-scope accuracy, so it is then the lowest grid value that loses none
     * @return the threshold in [0, 0.95]
     */
    public static double tune(List<Observation> observations) {
        double floor = score(observations, 0)[0] - MAX_ACCURACY_LOSS;
        double bestThreshold = 0;
        double bestRecall = -1;
        for (int step = 0; step <= 190; step++) {
            double t = step / 200.0;
            double[] score = score(observations, t);
            if (score[0] >= floor - 1e-9 && score[1] > bestRecall + 1e-9) {
                bestRecall = score[1];
                bestThreshold = t;
            }
        }
        return bestThreshold;
    }

    /** What the engine predicts for a ranking under a threshold. */
    public static String predict(List<IntentScore> ranking, double threshold) {
        if (ranking.isEmpty() || ranking.get(0).confidence() < threshold) {
            return IntentData.OUT_OF_SCOPE;
        }
        return ranking.get(0).name();
    }

    /** In-scope accuracy and out-of-scope recall under threshold {@code t}. */
    private static double[] score(List<Observation> observations, double t) {
        int inScope = 0;
        int inRight = 0;
        int oos = 0;
        int oosRight = 0;
        for (Observation o : observations) {
            boolean right = predict(o.ranking(), t).equals(o.gold());
            if (IntentData.OUT_OF_SCOPE.equals(o.gold())) {
                oos++;
                oosRight += right ? 1 : 0;
            } else {
                inScope++;
                inRight += right ? 1 : 0;
            }
        }
        return new double[] {inScope == 0 ? 0 : (double) inRight / inScope, oos == 0 ? 0 : (double) oosRight / oos};
    }
}
