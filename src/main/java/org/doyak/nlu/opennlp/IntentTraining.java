package org.doyak.nlu.opennlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.ThresholdTuner;

/**
 * How an intent model is fitted: one recipe for the service's model ({@code nlu train}, retraining in
 * the background) and for {@code nlu eval}. On rankings of messages the model did not see (5-fold
 * out-of-fold rankings of the training data, or a separate validation set) it picks the prior σ from
 * {@link #SIGMAS} with the best accuracy (the first on ties) and the out-of-scope threshold
 * ({@link ThresholdTuner}); the final model is then fitted with that σ on all the labelled data and
 * carries that threshold. Stateless.
 */
public final class IntentTraining {

    /** Candidate priors (standard deviations, see {@link SoftmaxTrainer}): stronger to weaker. */
    static final List<Double> SIGMAS = List.of(0.3, 0.6, 1.2);

    /** Folds of the cross-validation when there is no validation set. */
    static final int FOLDS = 5;

    /** Names this recipe in the training-data hash, so a model fitted another way is retrained. */
    static final String RECIPE = "sgd" + SoftmaxTrainer.DEFAULT_EPOCHS + "/sigma" + SIGMAS + "/folds" + FOLDS;

    /**
     * A fitted model and the prior chosen for it.
     *
     * @param classifier the model, carrying the chosen threshold
     * @param sigma the prior chosen
     */
    public record Fitted(OpenNlpIntentClassifier classifier, double sigma) {
    }

    private record Choice(double sigma, double threshold) {
    }

    private IntentTraining() {
    }

    /**
     * The service's model: chooses on out-of-fold rankings, then trains on all the data
     * ({@code |SIGMAS| × FOLDS + 1} trainings).
     *
     * @throws IllegalArgumentException when there is nothing to train on
     */
    public static Fitted crossValidated(IntentData data) {
        Choice choice = choose(sigma -> UnseenRankings.outOfFold(data, FOLDS, sigma));
        return new Fitted(OpenNlpIntentClassifier.train(data, choice.threshold(), choice.sigma()), choice.sigma());
    }

    /**
     * Trains on {@code train} once per candidate σ and chooses on the rankings of {@code validation}
     * (never on test data): {@code |SIGMAS|} trainings. The result is trained on {@code train} alone;
     * {@link #refit} it on train and validation together for the model the service would fit.
     *
     * @throws IllegalArgumentException when there is nothing to train on
     */
    public static Fitted onValidation(IntentData train, IntentData validation) {
        Map<Double, OpenNlpIntentClassifier> models = new HashMap<>();
        Choice choice = choose(sigma -> {
            OpenNlpIntentClassifier model = OpenNlpIntentClassifier.train(train, 0, sigma);
            models.put(sigma, model);
            return UnseenRankings.observations(model, validation);
        });
        return new Fitted(models.get(choice.sigma()).withThreshold(choice.threshold()), choice.sigma());
    }

    /** A model with the σ and threshold of {@code chosen}, trained on {@code data}. */
    public static Fitted refit(IntentData data, Fitted chosen) {
        return new Fitted(OpenNlpIntentClassifier.train(data, chosen.classifier().threshold(), chosen.sigma()),
                chosen.sigma());
    }

    private static Choice choose(DoubleFunction<List<ThresholdTuner.Observation>> rankings) {
        List<ThresholdTuner.Observation> best = null;
        double bestSigma = 0;
        double bestAccuracy = -1;
        for (double sigma : SIGMAS) {
            List<ThresholdTuner.Observation> observations = rankings.apply(sigma);
            double accuracy = observations.stream()
                    .filter(o -> o.gold().equals(ThresholdTuner.predict(o.ranking(), 0))).count()
                    / (double) Math.max(1, observations.size());
            if (accuracy > bestAccuracy) {
                best = observations;
                bestSigma = sigma;
                bestAccuracy = accuracy;
            }
        }
        return new Choice(bestSigma, ThresholdTuner.tune(best));
    }
}
