package org.doyak.content;

import java.nio.file.Path;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Career exploration, resume and interview flows over the real widget API, in both languages. */
class CareerAndWritingIT {
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
    void interest_quiz_names_top_types_with_jobs_and_next_steps() {
        Chat chat = new Chat(server.baseUrl(), "en").press("career").press("quiz").expect("1/12");
        chat.say("maybe").expect("Press a button, or type 1");
        String[] answers = {"low", "high", "high", "low", "low", "low", "low", "high", "mid", "low", "low", "low"};
        for (String a : answers) {
            chat.press(a);
        }
        chat.expect("Investigative", "Artistic", "software developer", "cultural content")
                .offers("training", "programs", "booking");
    }

    @Test
    void known_major_path_suggests_jobs_in_korean() {
        new Chat(server.baseUrl(), "ko").say("진로 고민이에요").press("major").say("천문학").expect("골라 주세요")
                .say("IT·컴퓨터").expect("웹·앱 개발자", "부천").offers("career", "booking");
    }

    @Test
    void resume_check_flags_gaps_vague_sentences_and_resident_number() {
        new Chat(server.baseUrl(), "ko").say("자소서 어떻게 써요").press("cover").expect("지원동기", "입사 후 포부")
                .press("resume_check").press("yes").say("짧아요").expect("20자 이상")
                .say("저는 성실하고 열심히 노력하는 사람입니다. 주민번호 990101-1234567. 지원 동기는 귀사의 비전입니다.")
                .expect("분량이 짧아요", "성장과정", "막연한 문장", "⚠").expectNot("1234567");
    }

    @Test
    void english_resume_check_is_happy_with_a_complete_letter() {
        String letter = "My motivation: I apply because your team builds tools I use. ".repeat(3)
                + "Background: I grew up fixing bikes with my father. ".repeat(3)
                + "Experience: in a 6-month internship I cut report time by 30% on a data project. ".repeat(3)
                + "Goals after joining: in year one I will learn your stack and in 3 years lead a project. ".repeat(2);
        new Chat(server.baseUrl(), "en").press("resume_check").press("yes").say(letter)
                .expect("No major issue").offers("resume_check", "booking");
    }

    @Test
    void self_introduction_gets_feedback() {
        new Chat(server.baseUrl(), "ko").say("면접 준비하고 싶어요").press("intro").press("yes")
                .say("안녕하세요 저는 김도약입니다 잘 부탁드립니다").expect("1분 자기소개 피드백", "조금 짧아요", "구체적인 경험");
    }

    @Test
    void mock_interview_asks_five_questions_then_gives_feedback() {
        Chat chat = new Chat(server.baseUrl(), "en").press("interview").press("mock").press("yes").expect("1/5");
        chat.say("I'm Minji, I studied design and did a 3-month internship at a content company.").expect("2/5");
        chat.say("I like it").expect("3/5");
        chat.say("In a team project of 4 we missed a deadline, so I split tasks and we finished in 2 days.");
        chat.say("My strength is patience").expect("5/5");
        chat.say("Contribute to the team's projects within two years.")
                .expect("Feedback on each answer", "Overall:", "of 5 answers");
    }

    @Test
    void common_questions_and_video_tips_need_no_consent() {
        new Chat(server.baseUrl(), "ko").press("interview").press("questions").expect("면접관이 보는 것")
                .press("interview").press("video").expect("카메라").offers("interview");
    }
}
