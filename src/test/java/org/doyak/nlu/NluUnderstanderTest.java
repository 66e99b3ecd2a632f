package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NluUnderstanderTest {

    private static IntentClassifier fixed(double threshold, IntentScore... ranking) {
        return new IntentClassifier() {
            @Override
            public List<IntentScore> rank(String text) {
                if (text.contains("boom")) {
                    throw new IllegalStateException("boom");
                }
                return List.of(ranking);
            }

            @Override
            public double threshold() {
                return threshold;
            }
        };
    }

    private final EntityExtractor entities = new EntityExtractor(List.of(new Name("region", "부천", "부천")), List.of());

    @Test
    void language_ranking_entities_and_threshold_come_together() {
        NluUnderstander u = new NluUnderstander(() -> fixed(0.4, new IntentScore("find_center", 0.9)), entities,
                Clock.systemUTC());
        Understanding result = u.understand("부천 센터 어디에요", "en");
        assertEquals("ko", result.language());
        assertEquals("find_center", result.best().orElseThrow().name());
        assertEquals(List.of(new Entity("region", "부천", 0, 2)), result.all("region"));
        assertEquals("address", result.first("facet").orElseThrow());
        assertEquals(0.4, result.threshold());
    }

    @Test
    void a_failing_classifier_gives_an_empty_ranking_instead_of_an_exception() {
        NluUnderstander u = new NluUnderstander(() -> fixed(0.4), entities, Clock.systemUTC());
        assertEquals(List.of(), u.understand("boom", "ko").ranking());
    }

    @Test
    void a_swapped_classifier_serves_the_next_message() {
        AtomicReference<IntentClassifier> current = new AtomicReference<>(fixed(0.1, new IntentScore("greet", 1)));
        NluUnderstander u = new NluUnderstander(current::get, entities, Clock.systemUTC());
        assertEquals("greet", u.understand("hi", "en").best().orElseThrow().name());
        current.set(fixed(0.1, new IntentScore("goodbye", 1)));
        assertEquals("goodbye", u.understand("hi", "en").best().orElseThrow().name());
    }
}
