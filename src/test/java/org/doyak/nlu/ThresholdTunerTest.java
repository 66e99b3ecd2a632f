package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdTunerTest {

    private static ThresholdTuner.Observation seen(String gold, String best, double confidence) {
        return new ThresholdTuner.Observation(gold, List.of(new IntentScore(best, confidence),
                new IntentScore("other", 1 - confidence)));
    }

    @Test
    void a_best_intent_under_the_threshold_is_predicted_out_of_scope() {
        List<IntentScore> ranking = List.of(new IntentScore("greet", 0.4), new IntentScore("goodbye", 0.3));
        assertEquals("greet", ThresholdTuner.predict(ranking, 0.3));
        assertEquals("out_of_scope", ThresholdTuner.predict(ranking, 0.5));
        assertEquals("out_of_scope", ThresholdTuner.predict(List.of(), 0));
    }

    @Test
    void the_threshold_separates_confident_in_scope_from_unsure_out_of_scope_messages() {
        List<ThresholdTuner.Observation> val = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            val.add(seen("greet", "greet", 0.8 + i * 0.005));
            val.add(seen("out_of_scope", "greet", 0.3 + i * 0.005));
        }
        double t = ThresholdTuner.tune(val);
        assertTrue(t > 0.395 && t <= 0.8, "threshold " + t);
    }

    @Test
    void without_out_of_scope_examples_the_threshold_stays_at_zero() {
        assertEquals(0.0, ThresholdTuner.tune(List.of(seen("greet", "greet", 0.6), seen("bye", "greet", 0.2))));
    }
}
