package org.doyak.nlu;

import java.util.List;

/**
 * Picks the confidence threshold under which a best intent is treated as out of scope, from
 * rankings of validation messages whose true intent is known (never from test data).
 *
 * <p>The threshold maximises {@code in-scope accuracy + OOS_WEIGHT × out-of-scope recall} over a
 * grid of 0.00–0.95: an in-scope message counts as right only when its best intent is right and
 * clears the threshold; an out-of-scope one when its best intent is {@code out_of_scope} or falls
 * under the threshold. Stateless and thread-safe.
 */
public final class ThresholdTuner {

    /** How much one point of out-of-scope recall is worth against one point of in-scope accuracy. */
    static final double OOS_WEIGHT = 0.5;

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
        double bestThreshold = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int step = 0; step <= 95; step++) {
            double t = step / 100.0;
            double score = score(observations, t);
            if (score > bestScore + 1e-9) {
                bestScore = score;
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

    private static double score(List<Observation> observations, double t) {
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
        double inAccuracy = inScope == 0 ? 0 : (double) inRight / inScope;
        double oosRecall = oos == 0 ? 0 : (double) oosRight / oos;
        return inAccuracy + OOS_WEIGHT * oosRecall;
    }
}
