package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor(
            Map.of("부천", "부천", "부천고용센터", "부천", "Incheon", "인천"),
            List.of(new Synonym("국민취업지원제도", List.of("국취"), "program"),
                    new Synonym("도약보장패키지", List.of("도약보장"), "program"),
                    new Synonym("이력서", List.of("cv"), null)));

    private List<Entity> of(String text, String type) {
        return extractor.extract(text).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void digit_ages_in_korean_and_english_are_found_with_offsets() {
        assertEquals(List.of(new Entity("age", "25", 3, 6)), of("저는 25살이에요", "age"));
        assertEquals(List.of(new Entity("age", "25", 3, 7)), of("나이 25 세", "age"));
        assertEquals(List.of(new Entity("age", "25", 0, 12)), of("25 years old", "age"));
        assertEquals(List.of(new Entity("age", "25", 0, 6)), of("I'm 25 and looking", "age"));
    }

    @Test
    void korean_numeral_ages_are_read() {
        assertEquals(List.of(new Entity("age", "25", 0, 4)), of("스물다섯인데 국취 되나요", "age"));
        assertEquals(List.of(new Entity("age", "25", 3, 10)), of("저는 스물 다섯 살", "age"));
        assertEquals(List.of(new Entity("age", "30", 0, 4)), of("서른 살 구직자", "age"));
        assertEquals(List.of(new Entity("age", "34", 0, 5)), of("삼십사 세", "age"));
    }

    @Test
    void numbers_that_are_not_ages_are_ignored() {
        assertEquals(List.of(), of("열심히 하고 있어요", "age"));
        assertEquals(List.of(), of("3살 아이 엄마", "age"));
        assertEquals(List.of(), of("I'm 25 minutes late", "age"));
    }

    @Test
    void employment_status_is_normalised() {
        assertEquals("unemployed", of("현재 미취업 상태", "status").get(0).value());
        assertEquals("unemployed", of("구직중이에요", "status").get(0).value());
        assertEquals("employed", of("직장인인데 교육 되나요", "status").get(0).value());
        assertEquals("employed", of("재직중", "status").get(0).value());
        assertEquals("benefit_recipient", of("실업급여 수급 중인데요", "status").get(0).value());
        assertEquals("student", of("졸업예정자입니다", "status").get(0).value());
        assertEquals("career_break", of("경력단절 4년차", "status").get(0).value());
        assertEquals("unemployed", of("I'm unemployed", "status").get(0).value());
    }

    @Test
    void program_shorthand_and_regions_are_found_in_mixed_text_with_offsets_into_the_original() {
        String text = "Incheon 사는데 국취랑 도약 보장 패키지 차이?";
        assertEquals(List.of(new Entity("region", "인천", 0, 7),
                new Entity("program", "국민취업지원제도", 12, 14),
                new Entity("program", "도약보장패키지", 16, 25)), extractor.extract(text));
    }

    @Test
    void the_longest_gazetteer_name_wins_and_particles_may_follow() {
        assertEquals(List.of(new Entity("region", "부천", 0, 6)), of("부천고용센터에서 상담", "region"));
        assertTrue(of("synonyms without a type are not entities: cv", "program").isEmpty());
    }
}
