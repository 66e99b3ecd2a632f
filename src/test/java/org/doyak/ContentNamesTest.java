package org.doyak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.nlu.Entity;
import org.doyak.nlu.EntityExtractor;
import org.doyak.nlu.IntentDataLoader;
import org.junit.jupiter.api.Test;

/** The entities seekers' questions yield with the shipped content and synonym table. */
class ContentNamesTest {

    private static final Dialogs DIALOGS = DialogLoader.load(Path.of("dialogs"), Actions.slots()).dialogs();
    private static final EntityExtractor EXTRACTOR = new EntityExtractor(ContentNames.of(DIALOGS),
            IntentDataLoader.load(Path.of("dialogs")).synonyms());

    private static List<String> values(String text, String type) {
        return EXTRACTOR.extract(text, LocalDate.of(2026, 11, 30)).stream().filter(e -> e.type().equals(type))
                .map(Entity::value).distinct().toList();
    }

    @Test
    void a_named_center_gives_its_id_its_region_and_the_detail_asked() {
        assertEquals(List.of("jeonbuk"), values("전북 일자리센터 몇 시까지 해?", "center"));
        assertEquals(List.of("전북"), values("전북 일자리센터 몇 시까지 해?", "region"));
        assertEquals(List.of("hours"), values("전북 일자리센터 몇 시까지 해?", "facet"));
        assertEquals(List.of("jeonbuk"), values("전북일자리센터전화번호", "center"));
        assertEquals(List.of("bucheon_plus"), values("부천고용센터 토요일도 해?", "center"));
        assertEquals(List.of("seoul_job_plus"), values("what are the hours of seoul job plus center", "center"));
    }

    @Test
    void every_program_is_found_by_its_korean_and_english_name() {
        for (Map<String, String> p : DIALOGS.content().get("programs").items()) {
            for (String name : List.of(p.get("name"), p.get("name.en"))) {
                assertEquals(List.of(p.get("id")), values(name + " 뭐야", "program"), name);
            }
        }
    }

    @Test
    void program_shorthand_gives_the_program_id() {
        assertEquals(List.of("national_employment_support"), values("국취 누가 받을 수 있어?", "program"));
        assertEquals(List.of("job_seeker_leap"), values("도약보장패키지가 뭐야", "program"));
        assertEquals(List.of("vocational_training"), values("내배카로 코딩 배우고싶음", "program"));
        assertEquals(List.of(), values("청년도약계좌 가입하고 싶은데", "program"));
    }

    @Test
    void seekers_details_in_a_first_message_are_all_found() {
        String text = "23살 부천 백수인데 컴공 나왔고 실업급여는 안 받아요";
        assertEquals(List.of("23"), values(text, "age"));
        assertEquals(List.of("부천"), values(text, "region"));
        assertEquals(List.of("unemployed"), values(text, "status"));
        assertEquals(List.of("it"), values(text, "major"));
        assertEquals(List.of("no"), values(text, "benefit"));
    }

    @Test
    void events_and_places_near_a_center_are_found() {
        assertEquals(List.of("seogu_friday_hiring"), values("금요채용마당 언제 해?", "event"));
        assertEquals(List.of("전북"), values("군산 사는데요", "region"));
        assertTrue(values("is it open on saturday?", "major").isEmpty());
    }
}
