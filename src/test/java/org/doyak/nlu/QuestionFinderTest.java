package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionFinderTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor(List.of(), List.of());

    /** The distinct values of one type, in order of appearance. */
    private static List<String> values(String text, String type) {
        return EXTRACTOR.extract(text, LocalDate.of(2026, 11, 30)).stream().filter(e -> e.type().equals(type))
                .map(Entity::value).distinct().toList();
    }

    @Test
    void the_detail_a_korean_question_asks_for_is_its_facet() {
        assertEquals(List.of("hours"), values("전북 일자리센터 몇 시까지 해?", "facet"));
        assertEquals(List.of("hours"), values("거기몇시까지함", "facet"));
        assertEquals(List.of("weekend"), values("토요일도 해?", "facet"));
        assertEquals(List.of("weekend"), values("주말에도 열어요?", "facet"));
        assertEquals(List.of("weekend"), values("일요일은?", "facet"));
        assertEquals(List.of("eligibility"), values("그거 누가 받을 수 있어?", "facet"));
        assertEquals(List.of("eligibility"), values("나도 되나?", "facet"));
        assertEquals(List.of("apply"), values("어디서 신청해?", "facet"));
        assertEquals(List.of("address"), values("거기 주소는?", "facet"));
        assertEquals(List.of("address"), values("주소도", "facet"));
        assertEquals(List.of("phone"), values("전화번호도 알려줘", "facet"));
        assertEquals(List.of("website"), values("홈피는?", "facet"));
        assertEquals(List.of("what"), values("도약보장패키지가 뭐야", "facet"));
        assertEquals(List.of("when"), values("금요채용마당 언제 해?", "facet"));
        assertEquals(List.of("cost"), values("그거 무료야?", "facet"));
        assertEquals(List.of("documents"), values("필요한 서류는?", "facet"));
        assertEquals(List.of("address", "phone"), values("주소랑 전화번호", "facet"));
    }

    @Test
    void the_detail_an_english_question_asks_for_is_its_facet() {
        assertEquals(List.of("weekend"), values("is it open on saturday?", "facet"));
        assertEquals(List.of("hours"), values("what time does it close?", "facet"));
        assertEquals(List.of("apply"), values("where do I apply?", "facet"));
        assertEquals(List.of("eligibility"), values("who can get it?", "facet"));
        assertEquals(List.of("address"), values("what's the address?", "facet"));
        assertEquals(List.of("phone"), values("and the phone number?", "facet"));
        assertEquals(List.of("cost"), values("how much does it cost", "facet"));
        assertEquals(List.of("what"), values("what is the leap package", "facet"));
        assertEquals(List.of("what"), values("whats the naeil baeum card", "facet"));
        assertEquals(List.of("what"), values("what’s the youth package", "facet"));
    }

    @Test
    void a_job_one_wants_to_become_is_an_aspiration_but_being_connected_or_passing_is_not() {
        assertEquals(List.of("occupation"), values("직업상담사 되고 싶어요", "aspiration"));
        assertEquals(List.of("occupation"), values("간호사가 되려면 뭐부터 해야돼요?", "aspiration"));
        assertEquals(List.of("occupation"), values("i want to become a teacher", "aspiration"));
        assertEquals(List.of(), values("상담사랑 연결되고 싶어요", "aspiration"));
        assertEquals(List.of(), values("서류 합격이 되려면 어떻게 써야 해요", "aspiration"));
        assertEquals(List.of(), values("i want to be connected with a counselor", "aspiration"));
    }

    @Test
    void a_day_named_for_a_booking_is_not_a_weekend_question() {
        assertEquals(List.of(), values("토요일에 예약하고 싶어요", "facet"));
        assertEquals(List.of(), values("I feel tired", "facet"));
    }

    @Test
    void changing_or_cancelling_a_booking_is_a_booking_op() {
        assertEquals(List.of("change"), values("아 시간 바꾸고 싶어요", "booking_op"));
        assertEquals(List.of("change"), values("예약 날짜 변경 가능해요?", "booking_op"));
        assertEquals(List.of("change"), values("can I reschedule", "booking_op"));
        assertEquals(List.of("change"), values("change my appointment to friday", "booking_op"));
        assertEquals(List.of("cancel"), values("예약 취소", "booking_op"));
        assertEquals(List.of("cancel"), values("예약한거 취소할게요", "booking_op"));
        assertEquals(List.of("cancel"), values("취소할게요", "booking_op"));
        assertEquals(List.of("cancel"), values("please cancel my booking", "booking_op"));
        assertEquals(List.of(), values("동의 취소하고 내 정보 지워줘", "booking_op"));
    }

    @Test
    void words_that_point_back_are_anaphora_of_their_kind() {
        assertEquals(List.of("place"), values("거기 주소는?", "anaphora"));
        assertEquals(List.of("place"), values("그곳 위치", "anaphora"));
        assertEquals(List.of("thing"), values("그거 누가 받을 수 있어?", "anaphora"));
        assertEquals(List.of("center", "also"), values("그 센터 토요일도 해?", "anaphora"));
        assertEquals(List.of("program"), values("그 제도 조건이 뭐야", "anaphora"));
        assertEquals(List.of("event"), values("그 행사 언제야", "anaphora"));
        assertEquals(List.of("thing"), values("is it open on saturday?", "anaphora"));
        assertEquals(List.of("place"), values("how do I get there", "anaphora"));
        assertEquals(List.of(), values("is there a center in Seoul", "anaphora"));
        assertEquals(List.of(), values("저기요 질문 있어요", "anaphora"));
    }

    @Test
    void a_question_ending_in_also_points_back_to_the_thread() {
        assertEquals(List.of("also"), values("온라인으로도 돼?", "anaphora"));
        assertEquals(List.of("also"), values("부천에서도 해요?", "anaphora"));
        assertEquals(List.of("also"), values("청년도 가능?", "anaphora"));
        assertEquals(List.of("thing", "also"), values("can I do it online too?", "anaphora"));
        assertEquals(List.of(), values("도서관에서 자소서 쓰고 싶어요", "anaphora"));
        assertEquals(List.of(), values("부모님도 걱정하세요", "anaphora"));
    }

    @Test
    void document_screening_talk_is_not_a_question_about_documents() {
        assertEquals(List.of(), values("서류만 20번 떨어짐", "facet"));
        assertEquals(List.of(), values("서류 전형 합격했어요", "facet"));
        assertEquals(List.of("documents"), values("인천 센터 갈 때 서류 뭐 필요해?", "facet"));
    }

    @Test
    void online_and_remote_ask_the_online_facet() {
        assertEquals(List.of("online"), values("온라인으로도 돼?", "facet"));
        assertEquals(List.of("online"), values("비대면 상담 되나요", "facet"));
        assertEquals(List.of("online"), values("is the lecture online", "facet"));
        assertEquals(List.of(), values("온 가족이 함께", "facet"));
    }
}
