package org.doyak.nlu.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.doyak.nlu.Intent;
import org.doyak.nlu.IntentData;
import org.doyak.nlu.IntentScore;
import org.doyak.nlu.Shorthands;
import org.doyak.nlu.Synonym;
import org.doyak.nlu.TextNormalizer;
import org.junit.jupiter.api.Test;

class OpenNlpIntentClassifierTest {

    static final IntentData SMALL = new IntentData(List.of(
            new Intent("resume_help", List.of("이력서 어떻게 써요", "이력서 첨삭 받고 싶어요", "자기소개서 봐주세요",
                    "how do i write a resume", "check my cover letter")),
            new Intent("unemployment_benefit", List.of("구직급여 신청 방법", "구직급여 얼마 나와요", "퇴사했는데 구직급여 되나요",
                    "how do i apply for unemployment benefit", "benefit amount")),
            new Intent("greet", List.of("안녕하세요", "안녕 반가워", "hello", "hi there", "good morning"))),
            List.of(new Synonym("구직급여", List.of("실업급여"), null), new Synonym("자기소개서", List.of("자소서"), null)));

    private static final OpenNlpIntentClassifier MODEL = OpenNlpIntentClassifier.train(SMALL, 0.3);

    private static String best(String text) {
        return MODEL.rank(text).get(0).name();
    }

    @Test
    void trained_intents_are_recognised_in_both_languages() {
        assertEquals("resume_help", best("이력서 쓰는법 알려줘"));
        assertEquals("unemployment_benefit", best("how much unemployment benefit do i get"));
        assertEquals("greet", best("안녕하세요~~"));
    }

    @Test
    void spaced_and_unspaced_korean_get_the_same_intent() {
        assertEquals("resume_help", best("이력서어떻게써요"));
        assertEquals("unemployment_benefit", best("구직급여신청방법"));
    }

    @Test
    void shorthand_from_the_synonym_table_counts_as_its_canonical_term() {
        assertEquals("unemployment_benefit", best("실업급여 받고싶어요"));
        assertEquals("resume_help", best("자소서 ㄱㄱ"));
    }

    @Test
    void the_ranking_holds_every_intent_best_first_with_probabilities_summing_to_one() {
        List<IntentScore> ranking = MODEL.rank("hello");
        assertEquals(3, ranking.size());
        assertTrue(ranking.get(0).confidence() >= ranking.get(1).confidence());
        assertEquals(1.0, ranking.stream().mapToDouble(IntentScore::confidence).sum(), 1e-6);
    }

    @Test
    void text_without_letters_gets_an_empty_ranking() {
        assertEquals(List.of(), MODEL.rank("?!  ..."));
        assertEquals(List.of(), MODEL.rank(""));
    }

    @Test
    void a_saved_model_loads_with_identical_rankings_and_its_threshold() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MODEL.save(bytes);
        OpenNlpIntentClassifier loaded = OpenNlpIntentClassifier.load(new ByteArrayInputStream(bytes.toByteArray()),
                SMALL, 0.3);
        assertEquals(MODEL.rank("실업급여 신청"), loaded.rank("실업급여 신청"));
        assertEquals(0.3, loaded.threshold());
    }

    @Test
    void the_fast_evaluation_gives_the_probabilities_opennlp_gives_for_the_stored_model() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MODEL.save(bytes);
        DocumentCategorizerME opennlp = new DocumentCategorizerME(new DoccatModel(
                new ByteArrayInputStream(bytes.toByteArray())));
        Shorthands shorthands = new Shorthands(SMALL.synonyms());
        for (String text : List.of("이력서어떻게써요 이력서 이력서", "실업급여 얼마나와요?? 5월에 퇴사", "자소서 ㄱㄱ ㅋㅋㅋ",
                "how do i write a resume for 2 jobs", "hello hello there", "완전히 새로운 말 unknown words")) {
            String[] tokens = TextNormalizer.tokens(shorthands.prepare(text)).toArray(String[]::new);
            double[] expected = opennlp.categorize(tokens);
            for (IntentScore score : MODEL.rank(text)) {
                assertEquals(expected[opennlp.getIndex(score.name())], score.confidence(), 1e-9, text);
            }
        }
    }

    @Test
    void training_the_same_data_twice_gives_the_same_rankings() {
        OpenNlpIntentClassifier again = OpenNlpIntentClassifier.train(SMALL, 0.3);
        for (String text : List.of("구직급여 신청", "hello", "자소서 봐줘")) {
            assertEquals(MODEL.rank(text), again.rank(text), text);
        }
    }

    @Test
    void best_first_orders_by_probability_with_ties_and_near_ties_exact() {
        double[] p = {0.1, 0.3, 0.3, 0.2, 0.3 + 1e-15, 0, 0.1 + 1e-16};
        assertEquals(List.of(4, 1, 2, 3, 6, 0, 5),
                Arrays.stream(OpenNlpIntentClassifier.bestFirst(p)).boxed().toList());
    }
}
