package org.doyak.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.doyak.Actions;
import org.doyak.dialog.Button;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Text;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShortAnswersTest {
    private static final Dialogs DIALOGS = DialogLoader.load(TestServer.DIALOGS, Actions.names()).dialogs();
    private static final ShortAnswers SHORT = new ShortAnswers(DIALOGS);
    private static final List<Button> YES_NO = List.of(new Button(new Text("동의해요", "I agree"), "yes"),
            new Button(new Text("동의하지 않아요", "I don't agree"), "no"));
    private static final List<Button> INTERVIEW = List.of(
            new Button(new Text("자주 나오는 질문", "Common questions"), "questions"),
            new Button(new Text("1분 자기소개 연습", "1-minute introduction"), "intro"),
            new Button(new Text("화상·AI 면접 팁", "Video and AI interview tips"), "video"),
            new Button(new Text("모의면접 (5문항)", "Mock interview (5 questions)"), "mock"));
    private static final List<Button> LIKES = List.of(new Button(new Text("끌려요", "Appeals to me"), "high"),
            new Button(new Text("보통이에요", "So-so"), "mid"), new Button(new Text("별로예요", "Not for me"), "low"));

    @ParameterizedTest
    @ValueSource(strings = {"ㅇㅇ", "ㅇㅇ 동의", "넵!", "네네", "응 봐줘", "네 좋아요ㅎㅎ", "동의합니다", "ㅇㅋ", "그래요~",
        "yes", "Yes please", "ok sure", "yeah", "I agree", "of course", "네 부탁드려요"})
    void yes_in_the_ways_seekers_type_it(String text) {
        assertEquals(ShortAnswers.Reply.YES, SHORT.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"아니요", "아뇨 괜찮아요", "ㄴㄴ", "동의 안 해요", "동의안해요", "동의하지 않아요", "싫어",
        "no", "No thanks", "nope", "not now", "I don't agree", "나중에요", "아니 됐어"})
    void no_in_the_ways_seekers_type_it_negation_wins_over_the_yes_word(String text) {
        assertEquals(ShortAnswers.Reply.NO, SHORT.read(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"네 근데 국취는 뭐야?", "예약", "어디야", "안녕", "네이버", "노래", "ㅋㅋㅋ", "", "콜센터",
        "yes but what is it", "ok so where is the center", "아니 그게 아니라 면접 준비요"})
    void a_message_with_any_other_word_is_neither(String text) {
        assertEquals(ShortAnswers.Reply.NEITHER, SHORT.read(text));
    }

    @Test
    void a_yes_or_no_presses_the_yes_or_no_button() {
        assertEquals(Optional.of("yes"), Answers.loose(YES_NO, "ㅇㅇ 동의", SHORT).map(Button::payload));
        assertEquals(Optional.of("no"), Answers.loose(YES_NO, "동의는 안할래요", SHORT).map(Button::payload));
        assertEquals(Optional.empty(), Answers.loose(INTERVIEW, "네", SHORT));
    }

    @Test
    void a_title_typed_in_part_or_a_place_in_the_list_names_one_button() {
        assertEquals(Optional.of("mock"), Answers.loose(INTERVIEW, "모의면접", SHORT).map(Button::payload));
        assertEquals(Optional.of("mock"), Answers.loose(INTERVIEW, "mock interview", SHORT).map(Button::payload));
        assertEquals(Optional.of("mid"), Answers.loose(LIKES, "보통", SHORT).map(Button::payload));
        assertEquals(Optional.of("mid"), Answers.loose(LIKES, "보통이요", SHORT).map(Button::payload));
        assertEquals(Optional.of("intro"), Answers.loose(INTERVIEW, "2번", SHORT).map(Button::payload));
        assertEquals(Optional.of("video"), Answers.loose(INTERVIEW, "세번째요", SHORT).map(Button::payload));
        assertEquals(Optional.of("video"), Answers.loose(INTERVIEW, "the third one", SHORT).map(Button::payload));
    }

    @Test
    void a_sentence_names_the_one_button_a_word_of_its_title_belongs_to() {
        assertEquals(Optional.of("mock"), ButtonWords.named(INTERVIEW, "모의면접 해볼래요", java.util.Set.of(), SHORT)
                .map(Button::payload));
        assertEquals(Optional.of("video"), ButtonWords.named(INTERVIEW, "AI면접은 어떻게 봐요", java.util.Set.of(), SHORT)
                .map(Button::payload));
        assertEquals(Optional.empty(), ButtonWords.named(LIKES, "별로 안 끌려요", java.util.Set.of(), SHORT));
    }

    @Test
    void an_ambiguous_or_negated_reply_names_no_button() {
        assertEquals(Optional.empty(), Answers.loose(LIKES, "별로 안 끌려요", SHORT));
        assertEquals(Optional.empty(), Answers.loose(INTERVIEW, "면", SHORT));
        assertEquals(Optional.empty(), Answers.loose(INTERVIEW, "9번", SHORT));
    }
}
