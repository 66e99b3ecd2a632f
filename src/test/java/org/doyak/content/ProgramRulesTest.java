package org.doyak.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.doyak.Actions;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.load.DialogLoader;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {
    private static final Dialogs DIALOGS = DialogLoader.load(Path.of("dialogs"), Actions.names()).dialogs();
    private static final Items ITEMS = new Items(() -> DIALOGS);
    private static final RegionGroups PLACES = RegionGroups.of(List.of(
            Map.of("name", "경기", "name.en", "Gyeonggi", "includes", "경기도, 부천, 수원, Bucheon"),
            Map.of("name", "서울", "includes", "서울특별시, 마포, 강남"),
            Map.of("name", "전북", "includes", "전주, 군산")));
    private static final Map<String, String> GYEONGGI = Map.of("id", "gg", "rules.region", "경기, Gyeonggi");
    private static final Map<String, String> YOUTH_JEONBUK = Map.of("id", "youth", "rules.age_min", "15",
            "rules.age_max", "29", "rules.region", "전북, Jeonbuk");
    private static final Map<String, String> LEAP = Map.of("id", "leap", "name", "구직자 도약보장 패키지",
            "aliases", "도약보장 패키지", "rules.status", "unemployed", "rules.benefit", "preferred");
    private static final Map<String, String> CORPORATE = Map.of("id", "corp", "name", "기업 도약보장 패키지",
            "rules.status", "employer");

    @Test
    void a_program_fits_with_one_reason_per_rule_met() {
        ProgramRules r = ProgramRules.judge(YOUTH_JEONBUK, Map.of("age", "24", "region", "전북 전주"), "en", ITEMS);
        assertEquals(List.of(), r.misses());
        assertEquals(List.of("age 24 (for ages 15–29)", "region 전북 전주"), r.fits());
    }

    @Test
    void a_program_that_does_not_fit_says_why() {
        ProgramRules r = ProgramRules.judge(YOUTH_JEONBUK, Map.of("age", "31", "region", "서울"), "ko", ITEMS);
        assertEquals(List.of("나이 31세 (대상 15–29세)", "전북 지역 사업이에요"), r.misses());
        ProgramRules leap = ProgramRules.judge(LEAP, Map.of("status", "employed"), "en", ITEMS);
        assertTrue(leap.misses().get(0).contains("it is for: looking for work"), leap.toString());
    }

    @Test
    void unanswered_questions_are_not_held_against_the_seeker_and_benefit_comes_first() {
        assertEquals(List.of(), ProgramRules.judge(YOUTH_JEONBUK, Map.of(), "ko", ITEMS).misses());
        ProgramRules leap = ProgramRules.judge(LEAP, Map.of("status", "unemployed", "benefit", "yes"), "en", ITEMS);
        assertTrue(leap.fits().contains("benefit recipients come first"), leap.toString());
    }

    @Test
    void a_province_program_fits_a_seeker_in_one_of_its_cities_but_not_elsewhere() {
        assertEquals(List.of(), ProgramRules.judge(GYEONGGI, Map.of("region", "부천"), "ko", ITEMS).misses());
        assertEquals(List.of(), ProgramRules.judge(GYEONGGI, Map.of("region", "부천시"), "ko", ITEMS).misses());
        assertEquals(List.of(), ProgramRules.judge(GYEONGGI, Map.of("region", "Bucheon"), "en", ITEMS).misses());
        assertEquals(List.of(), ProgramRules.judge(GYEONGGI, Map.of("region", "경기도 수원시"), "ko", ITEMS).misses());
        assertEquals(List.of("경기 지역 사업이에요"),
                ProgramRules.judge(GYEONGGI, Map.of("region", "마포구"), "ko", ITEMS).misses());
        assertEquals(List.of(), ProgramRules.judge(YOUTH_JEONBUK, Map.of("region", "군산"), "ko", ITEMS).misses());
    }

    @Test
    void a_city_and_its_districts_overlap_both_ways_for_centers_but_cities_do_not() {
        assertTrue(PLACES.within("마포구", "서울"));
        assertTrue(PLACES.overlap("서울", "마포"));
        assertTrue(PLACES.overlap("경기", "부천"));
        assertTrue(!PLACES.within("서울", "마포구"));
        assertTrue(!PLACES.overlap("부천", "수원"));
        assertTrue(!PLACES.overlap("", "서울"));
    }

    @Test
    void a_typed_program_name_finds_the_most_specific_program() {
        List<Map<String, String>> programs = List.of(LEAP, CORPORATE);
        assertEquals("corp", ProgramMatch.find(programs, "기업 도약보장 패키지 대상인가요").orElseThrow().get("id"));
        assertEquals("leap", ProgramMatch.find(programs, "도약보장 패키지").orElseThrow().get("id"));
        assertTrue(ProgramMatch.find(programs, "로또").isEmpty());
    }
}
