package org.doyak.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {
    private static final Map<String, String> YOUTH_JEONBUK = Map.of("id", "youth", "rules.age_min", "15",
            "rules.age_max", "29", "rules.region", "전북, Jeonbuk");
    private static final Map<String, String> LEAP = Map.of("id", "leap", "name", "구직자 도약보장 패키지",
            "aliases", "도약보장 패키지", "rules.status", "unemployed", "rules.benefit", "preferred");
    private static final Map<String, String> CORPORATE = Map.of("id", "corp", "name", "기업 도약보장 패키지",
            "rules.status", "employer");

    @Test
    void a_program_fits_with_one_reason_per_rule_met() {
        ProgramRules r = ProgramRules.judge(YOUTH_JEONBUK, Map.of("age", "24", "region", "전북 전주"), "en");
        assertEquals(List.of(), r.misses());
        assertEquals(List.of("age 24 (for ages 15–29)", "region 전북 전주"), r.fits());
    }

    @Test
    void a_program_that_does_not_fit_says_why() {
        ProgramRules r = ProgramRules.judge(YOUTH_JEONBUK, Map.of("age", "31", "region", "서울"), "ko");
        assertEquals(List.of("나이 31세 (대상 15–29세)", "전북 지역 사업이에요"), r.misses());
        ProgramRules leap = ProgramRules.judge(LEAP, Map.of("status", "employed"), "en");
        assertTrue(leap.misses().get(0).contains("it is for: looking for work"), leap.toString());
    }

    @Test
    void unanswered_questions_are_not_held_against_the_seeker_and_benefit_comes_first() {
        assertEquals(List.of(), ProgramRules.judge(YOUTH_JEONBUK, Map.of(), "ko").misses());
        ProgramRules leap = ProgramRules.judge(LEAP, Map.of("status", "unemployed", "benefit", "yes"), "en");
        assertTrue(leap.fits().contains("benefit recipients come first"), leap.toString());
    }

    @Test
    void a_typed_program_name_finds_the_most_specific_program() {
        List<Map<String, String>> programs = List.of(LEAP, CORPORATE);
        assertEquals("corp", ProgramMatch.find(programs, "기업 도약보장 패키지 대상인가요").orElseThrow().get("id"));
        assertEquals("leap", ProgramMatch.find(programs, "도약보장 패키지").orElseThrow().get("id"));
        assertTrue(ProgramMatch.find(programs, "로또").isEmpty());
    }
}
