package org.doyak.nlu.opennlp;

import java.util.ArrayList;
import java.util.List;
import org.doyak.nlu.Intent;
import org.doyak.nlu.IntentClassifier;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.ThresholdTuner;

/** Rankings of messages by models that did not see them, for {@link ThresholdTuner} and {@link IntentTraining}. */
final class UnseenRankings {

    private UnseenRankings() {
    }

    /** Every message of {@code validation} with its gold intent, ranked by {@code classifier}. */
    static List<ThresholdTuner.Observation> observations(IntentClassifier classifier, IntentData validation) {
        List<ThresholdTuner.Observation> observations = new ArrayList<>();
        for (Intent intent : validation.intents()) {
            for (String example : intent.examples()) {
                observations.add(new ThresholdTuner.Observation(intent.name(), classifier.rank(example)));
            }
        }
        return observations;
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
