package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor(
            List.of(new Name("region", "부천", "부천"), new Name("region", "부천고용센터", "부천"),
                    new Name("region", "Incheon", "인천"), new Name("program", "도약보장 패키지", "job_seeker_leap")),
            List.of(new Synonym("국민취업지원제도", List.of("국취"), "program"),
                    new Synonym("도약보장패키지", List.of("도약보장"), "program"),
                    new Synonym("이력서", List.of("cv"), null)));

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private List<Entity> of(String text, String type) {
        return extractor.extract(text, TODAY).stream().filter(e -> e.type().equals(type)).toList();
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
    void not_working_said_in_other_words_is_unemployed_and_graduating_stays_student() {
        assertEquals("unemployed", of("졸업하고 아직 취업 못했어요", "status").get(0).value());
        assertEquals("unemployed", of("작년에 퇴사했어요", "status").get(0).value());
        assertEquals("unemployed", of("요즘 일 안하고 쉬고 있어요", "status").get(0).value());
        assertEquals("unemployed", of("I just graduated and I'm looking for a job", "status").get(0).value());
        assertEquals("unemployed", of("got laid off last month", "status").get(0).value());
        assertEquals("student", of("내년 2월 졸업 예정이에요", "status").get(0).value());
    }

    @Test
    void program_shorthand_and_regions_are_found_in_mixed_text_with_offsets_into_the_original() {
        String text = "Incheon 사는데 국취랑 도약 보장 패키지 차이?";
        assertEquals(List.of(new Entity("region", "인천", 0, 7),
                new Entity("program", "국민취업지원제도", 12, 14),
                new Entity("program", "job_seeker_leap", 16, 25)), extractor.extract(text, TODAY).stream()
                .filter(e -> !e.type().equals("facet")).toList());
    }

    @Test
    void the_longest_gazetteer_name_wins_and_particles_may_follow() {
        assertEquals(List.of(new Entity("region", "부천", 0, 6)), of("부천고용센터에서 상담", "region"));
        assertTrue(of("synonyms without a type are not entities: cv", "program").isEmpty());
    }

    @Test
    void receiving_unemployment_benefit_is_yes_or_no() {
        assertEquals("yes", of("실업급여 받는 중이에요", "benefit").get(0).value());
        assertEquals("yes", of("수급자예요", "benefit").get(0).value());
        assertEquals("yes", of("I'm on benefits", "benefit").get(0).value());
        assertEquals("no", of("실업급여는 안 받아요", "benefit").get(0).value());
        assertEquals("no", of("수급자는 아니에요", "benefit").get(0).value());
        assertEquals("no", of("not receiving benefits", "benefit").get(0).value());
        assertTrue(of("실업급여 받을 수 있어요?", "benefit").isEmpty());
    }

    @Test
    void a_date_inside_a_name_is_not_a_date_but_names_may_overlap() {
        EntityExtractor withProgram = new EntityExtractor(
                List.of(new Name("program", "내일배움카드", "vocational_training"),
                        new Name("center", "부천고용센터", "bucheon_plus"), new Name("region", "부천", "부천")), List.of());
        assertEquals(List.of(new Entity("program", "vocational_training", 0, 6),
                new Entity("date", "2026-12-01", 7, 9)),
                withProgram.extract("내일배움카드 내일", TODAY));
        assertEquals(List.of(new Entity("center", "bucheon_plus", 0, 6), new Entity("region", "부천", 0, 2)),
                withProgram.extract("부천고용센터", TODAY));
    }

    @Test
    void a_synonym_naming_a_content_program_reports_the_program_id() {
        EntityExtractor e = new EntityExtractor(
                List.of(new Name("program", "국민취업지원제도", "national_employment_support")),
                List.of(new Synonym("국민취업지원제도", List.of("국취"), "program"),
                        new Synonym("청년도전지원사업", List.of("청년도전"), "program")));
        assertEquals(List.of(new Entity("program", "national_employment_support", 0, 2),
                new Entity("program", "청년도전지원사업", 4, 8)), e.extract("국취랑 청년도전", TODAY));
    }

    @Test
    void a_long_or_many_line_text_reads_as_pasted_and_a_chat_line_does_not() {
        assertTrue(Understanding.looksPasted("저는 어려서부터 사람들과 어울리는 것을 좋아했습니다. ".repeat(7)));
        assertTrue(Understanding.looksPasted("[성장과정]\n저는 성실합니다 매일 일찍 일어나 운동을 합니다\n"
                + "[지원동기]\n귀사의 비전에 공감해서 지원했습니다 입사하면 현장에서 누구보다 먼저 배우고 끝까지 책임지는 사원이 되겠습니다\n[포부]\n오 년 안에 전문가가 되겠습니다"));
        assertTrue(!Understanding.looksPasted("취준 3년째인데 이제 살 이유가 없는 것 같아요. 다 내려놓고 싶어요"));
    }
}
