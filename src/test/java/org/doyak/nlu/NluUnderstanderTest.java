package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void a_pasted_self_introduction_ending_in_thanks_is_not_a_goodbye() {
        NluUnderstander u = new NluUnderstander(() -> fixed(0.1, new IntentScore("goodbye", 0.5),
                new IntentScore("interview_prep", 0.4), new IntentScore("greet", 0.05),
                new IntentScore("resume_help", 0.05)), entities, Clock.systemUTC());
        String intro = "안녕하세요 성실함이 무기인 지원자 ㅇㅇㅇ입니다. 편의점과 물류창고에서 4년간 일하며 한 번도 지각하지 "
                + "않았습니다. 맡은 일은 끝까지 해내는 사람으로 기억되고 싶습니다. 입사하면 누구보다 먼저 배우고 "
                + "현장의 문제를 끝까지 해결하는 사원이 되겠습니다. 감사합니다.";
        Understanding result = u.understand(intro, "ko");
        assertTrue(result.pasted());
        assertEquals(List.of("interview_prep", "resume_help", "goodbye", "greet"),
                result.ranking().stream().map(IntentScore::name).toList());
        assertEquals("goodbye", u.understand("감사합니다 안녕히 계세요", "ko").best().orElseThrow().name());
    }
}
