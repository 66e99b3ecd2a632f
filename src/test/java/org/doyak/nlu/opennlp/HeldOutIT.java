package org.doyak.nlu.opennlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doyak.nlu.EvalReport;
import org.doyak.nlu.Intent;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.IntentDataLoader;
import org.doyak.nlu.LanguageDetector;
import org.doyak.nlu.ThresholdTuner;
import org.junit.jupiter.api.Test;

/** Trains on the shipped dialogs exactly as {@code nlu train} does and scores the held-out set. */
class HeldOutIT {

    @Test
    void the_shipped_model_reaches_95_percent_on_the_held_out_set_in_each_language() {
        IntentData data = IntentDataLoader.load(Path.of("dialogs"));
        IntentData held = IntentDataLoader.loadFile(Path.of("nlp-models/heldout.yaml"));
        OpenNlpIntentClassifier model = ModelStore.train(data).classifier();
        for (String language : List.of("ko", "en")) {
            List<String> gold = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            for (Intent intent : held.intents()) {
                for (String example : intent.examples()) {
                    if (LanguageDetector.detect(example, "ko").equals(language)) {
                        gold.add(intent.name());
                        predicted.add(ThresholdTuner.predict(model.rank(example), model.threshold()));
                    }
                }
            }
            EvalReport report = new EvalReport(gold, predicted);
            assertTrue(gold.size() >= 5 * IntentData.REQUIRED.size(), language + " held-out too small");
            assertTrue(report.accuracy() >= 0.95,
                    language + " accuracy " + report.accuracy() + "\n" + report.table(10));
        }
    }
}
