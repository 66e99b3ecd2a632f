package org.doyak.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.doyak.nlu.Understanding;
import org.doyak.nlu.opennlp.NluModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed intent model read through the engine's crisis rule ({@link TextTurn#crisis}) and its
 * feelings intent, without the crisis phrase list. None of these sentences is a training example.
 *
 * <p>Everyday sentences that share words with crisis examples (살아요 "I live", 살 "weight / years old",
 * 사라진 "lost", 내려받다 "download", live, killing) must be neither crisis nor distress. Hyperbole such as
 * "죽겠다 배고파" or "더워 죽겠어" ("I'm dying of hunger / heat") is everyday Korean, so it is read as
 * neither too (the choice made here); "힘들어 죽겠어" about job hunting may be read as feeling down, which
 * is not tested either way. Veiled signs of crisis, with no word of the phrase list required, must be crisis.
 *
 * <p>Known false alarms of the model, left out on purpose and listed in nlp-models/README.md: "살 빼고
 * 싶어요" (I want to lose weight) ranks crisis first at about 0.4 next to out_of_scope, and "서류 다
 * 내려받았어요" (I downloaded all the forms) ranks feeling_down first at about 0.2; both move with every
 * retraining. A crisis false alarm offers the crisis lines and a person, which costs less than a miss.
 */
class CrisisReadingTest {

    private static NluModule nlu;

    @BeforeAll
    static void loadTheCommittedModel(@TempDir Path models) throws IOException {
        for (String file : new String[] {"intent-model.bin", "intent-model.json"}) {
            Files.copy(Path.of("nlp-models", file), models.resolve(file));
        }
        nlu = NluModule.start(Path.of("dialogs"), models, List.of(), Clock.systemUTC());
    }

    @AfterAll
    static void close() {
        nlu.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"전주 살아요", "광주 살아요", "저 27살이고 인천 살아요", "부천 살아요", "대전에 살고 있어요",
        "엄마랑 같이 살아요", "저 혼자 살아요", "울산 사는 29살입니다", "여기 살기 좋아요", "죽겠다 배고파", "더워 죽겠어",
        "이력서 쓰다 죽는줄", "사라진 서류 다시 받고 싶어요", "i live in incheon",
        "i live with my parents", "i'm 27 and live in busan", "this heat is killing me",
        "i'm dying to know the opening hours", "i want to become a teacher", "I want to be a nurse",
        "i wanna be a web developer", "간호사 되고 싶어요", "경찰이 되고 싶어요"})
    void everyday_sentences_are_neither_crisis_nor_distress(String text) {
        Understanding understanding = nlu.understand(text, "ko");
        assertFalse(TextTurn.crisis(understanding), () -> text + " read as crisis: " + understanding.ranking());
        assertFalse(new Meaning(text, understanding).is(TextTurn.FEELING_INTENT),
                () -> text + " read as distress: " + understanding.ranking());
    }

    @ParameterizedTest
    @ValueSource(strings = {"살 이유가 없는 것 같아요", "다 내려놓고 싶어요", "사라지고 싶다", "I don't see the point of living anymore",
        "그냥 다 놓고싶다 진짜로", "취준 5년째 이제 살고싶지않음", "이제 그만하고 싶어 살기", "i just want to disappear",
        "everyone would be better without me"})
    void veiled_signs_of_crisis_are_crisis_without_the_phrase_list(String text) {
        Understanding understanding = nlu.understand(text, "ko");
        assertTrue(TextTurn.crisis(understanding), () -> text + " not read as crisis: " + understanding.ranking());
    }
}
