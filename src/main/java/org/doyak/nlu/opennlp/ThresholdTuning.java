package org.doyak.nlu.opennlp;

import java.util.ArrayList;
import java.util.List;
import org.doyak.nlu.Intent;
import org.doyak.nlu.IntentClassifier;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.ThresholdTuner;

/** Gets validation rankings for {@link ThresholdTuner}: from a validation set, or by cross-validation. */
public final class ThresholdTuning {

    private ThresholdTuning() {
    }

    /** Tunes on a separate validation set classified by an already trained classifier. */
    public static double onValidation(IntentClassifier classifier, IntentData validation) {
        List<ThresholdTuner.Observation> observations = new ArrayList<>();
        for (Intent intent : validation.intents()) {
            for (String example : intent.examples()) {
                observations.add(new ThresholdTuner.Observation(intent.name(), classifier.rank(example)));
            }
        }
        return ThresholdTuner.tune(observations);
    }

    /**
     * Tunes by k-fold cross-validation on the training data (see {@link #outOfFold}), so every
     * example is ranked once by a model that did not see it.
     *
     * @param folds number of folds, at least 2; costs that many trainings
     */
    public static double crossValidated(IntentData data, int folds) {
        return ThresholdTuner.tune(outOfFold(data, folds, OpenNlpIntentClassifier.SIGMA));
    }

    /**
     * Rankings of every example by a model trained (with prior {@code sigma}) on the other folds:
     * every k-th example of each intent is held out in turn.
     *
     * @param folds number of folds, at least 2; costs that many trainings
     */
    static List<ThresholdTuner.Observation> outOfFold(IntentData data, int folds, double sigma) {
        List<ThresholdTuner.Observation> observations = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Intent> train = new ArrayList<>();
            List<Intent> held = new ArrayList<>();
            for (Intent intent : data.intents()) {
                List<String> in = new ArrayList<>();
                List<String> out = new ArrayList<>();
                for (int i = 0; i < intent.examples().size(); i++) {
                    (i % folds == fold ? out : in).add(intent.examples().get(i));
                }
                if (!in.isEmpty()) {
                    train.add(new Intent(intent.name(), in));
                }
                if (!out.isEmpty()) {
                    held.add(new Intent(intent.name(), out));
                }
            }
            IntentClassifier model = OpenNlpIntentClassifier.train(new IntentData(train, data.synonyms()), 0, sigma);
            for (Intent intent : held) {
                for (String example : intent.examples()) {
                    observations.add(new ThresholdTuner.Observation(intent.name(), model.rank(example)));
                }
            }
        }
        return observations;
    }
}
