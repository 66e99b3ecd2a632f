package org.doyak.nlu.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Scores the committed model (which must be trained on the current intent data: run {@code nlu train}
 * after changing it) on the held-out set, which is never trained on.
 */
class HeldOutIT {

    private static OpenNlpIntentClassifier model;
    private static IntentData held;

    @BeforeAll
    static void train() {
        IntentData data = IntentDataLoader.load(Path.of("dialogs"));
        ModelStore.Trained committed = ModelStore.load(Path.of("nlp-models"), data).orElseThrow();
        assertEquals(ModelStore.hash(data), committed.dataHash(),
                "nlp-models/intent-model.bin is not trained on dialogs/intents: run `nlu train` and commit it");
        model = committed.classifier();
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
    void veiled_crisis_feelings_and_follow_ups_are_recognised() {
        EvalReport fresh = score(text -> true);
        for (String intent : new String[] {"crisis", "feeling_down", "follow_up"}) {
            assertTrue(fresh.recall(intent) >= 0.85,
                    intent + " recall " + fresh.recall(intent) + "\n" + fresh.table(10));
        }
    }

    @Test
    void english_held_out_messages_stay_above_90_percent() {
        EvalReport english = score(text -> LanguageDetector.detect(text, "ko").equals("en"));
        assertTrue(english.accuracy() >= 0.90, "accuracy " + english.accuracy() + "\n" + english.table(10));
    }
}
