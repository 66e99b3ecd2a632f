package org.doyak.content;

import java.nio.file.Path;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Onboarding, consent and program matching over the real widget API, in both languages. */
class ProgramFlowsIT {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void seeker_from_hi_to_matching_program_with_reasons() {
        new Chat(server.baseUrl(), "ko").say("안녕").expect("챗봇", "사람이 아닌").offers("career", "programs", "booking")
                .press("programs").expect("저장하는 것", "보관 기간", "내 정보 삭제").offers("yes", "no")
                .press("yes").expect("나이")
                .say("스물네 살").offers("unemployed", "student")
                .press("unemployed").expect("실업급여")
                .press("yes").expect("지역")
                .say("부천").expect("구직자 도약보장 패키지", "실업급여 수급자를 우선 지원", "부천 청년 구직자 지원",
                        "조건이 맞지 않는 프로그램", "기업 도약보장 패키지")
                .say("중장년").expect("조건이 맞지 않아요", "전북 지역 사업").expectNot("30세 이상");
    }

    @Test
    void english_seeker_changes_answers_and_hears_why_a_program_does_not_fit() {
        new Chat(server.baseUrl(), "en").say("hi").expect("a bot, not a person")
                .press("programs").press("yes").say("31").press("career_break").press("전북")
                .expect("Career-break women's re-entry support", "returning after a career break",
                        "Middle-aged life-career design")
                .say("Jeonbuk youth").expect("may fit", "my source gives no age limit", "My source gives no date")
                .expectNot("15–29")
                .press("programs_restart").expect("How old are you?")
                .say("22").press("student").say("Seoul")
                .expect("Seoul Job Plus Center step-by-step support", "region Seoul")
                .press("done");
    }

    @Test
    void declining_consent_still_gives_general_information() {
        new Chat(server.baseUrl(), "ko").press("programs").press("no")
                .expect("개인정보는 묻지 않을게요", "국민취업지원제도", "구직자 도약보장 패키지").expectNot("나이가 어떻게")
                .offers("programs_consent")
                .press("benefit").expect("고용센터").expectNot("만 원", "만원")
                .press("programs_consent").expect("동의하시나요").press("yes").expect("나이");
    }

    @Test
    void a_typed_menu_leaves_a_question() {
        new Chat(server.baseUrl(), "ko").press("programs").press("yes").say("30").press("employed")
                .say("메뉴").expect("무엇을 도와드릴까요").offers("career");
    }
}
