package org.doyak.nlu.opennlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.doyak.nlu.EvalReport;
import org.doyak.nlu.Intent;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.IntentDataLoader;
import org.doyak.nlu.LanguageDetector;
import org.doyak.nlu.ThresholdTuner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trains on the shipped dialogs exactly as {@code nlu train} does and scores the held-out set. */
class HeldOutIT {

    private static OpenNlpIntentClassifier model;
    private static IntentData held;

    @BeforeAll
    static void train() {
        model = ModelStore.train(IntentDataLoader.load(Path.of("dialogs"))).classifier();
        held = IntentDataLoader.loadFile(Path.of("nlp-models/heldout.yaml"));
    }

    private static EvalReport score(Predicate<String> which) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (Intent intent : held.intents()) {
            for (String example : intent.examples()) {
                if (which.test(example)) {
                    gold.add(intent.name());
                    predicted.add(ThresholdTuner.predict(model.rank(example), model.threshold()));
                }
            }
        }
        assertTrue(gold.size() >= 5 * IntentData.REQUIRED.size(), "held-out set too small: " + gold.size());
        return new EvalReport(gold, predicted);
    }

    @Test
    void the_held_out_set_reaches_95_percent() {
        EvalReport all = score(text -> true);
        assertTrue(all.accuracy() >= 0.95, "accuracy " + all.accuracy() + "\n" + all.table(10));
    }

    @Test
    void korean_held_out_messages_reach_95_percent() {
        EvalReport korean = score(text -> LanguageDetector.detect(text, "ko").equals("ko"));
        assertTrue(korean.accuracy() >= 0.95, "accuracy " + korean.accuracy() + "\n" + korean.table(10));
    }

    @Test
    void english_held_out_messages_stay_above_90_percent() {
        EvalReport english = score(text -> LanguageDetector.detect(text, "ko").equals("en"));
        assertTrue(english.accuracy() >= 0.90, "accuracy " + english.accuracy() + "\n" + english.table(10));
    }
}
