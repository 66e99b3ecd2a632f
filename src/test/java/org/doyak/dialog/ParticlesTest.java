package org.doyak.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ParticlesTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "센터, 은, 센터는", "상담, 는, 상담은", "서울, 은(는), 서울은", "부천, 이, 부천이", "전북, 가, 전북이",
        "센터, 이, 센터가", "이력서, 을, 이력서를", "면접, 를, 면접을", "자기소개서, 을(를), 자기소개서를",
        "부천, 과, 부천과", "인천, 와, 인천과", "서울, 과(와), 서울과", "센터, 과, 센터와",
        "서울, 으로, 서울로", "부천, 으로, 부천으로", "센터, 으로, 센터로", "인천, (으)로, 인천으로",
        "경기, 로, 경기로", "국취, 이라는, 국취라는", "도약보장 패키지, (이)라는, 도약보장 패키지라는",
        "내일배움카드, 라는, 내일배움카드라는", "상담, 이라는, 상담이라는", "오늘, 이라는, 오늘이라는",
        "센터, 이에요, 센터예요", "상담, 예요, 상담이에요", "민준, 아, 민준아", "지수, 아, 지수야",
        "사과, 이나, 사과나", "빵, 나, 빵이나", "친구, 이랑, 친구랑", "학생, 이야, 학생이야",
    })
    void chooses_the_form_by_the_final_consonant(String word, String particle, String expected) {
        assertEquals(expected, Particles.attach(word, particle));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "1, 은, 1은", "2, 은, 2는", "3, 은, 3은", "4, 가, 4가", "5, 을, 5를", "6, 을, 6을", "7, 로, 7로",
        "8, 으로, 8로", "9, 는, 9는", "0, 이, 0이", "10, 는, 10은", "20, 로, 20으로", "100, 가, 100이",
        "1000, 를, 1000을", "10000, 가, 10000이", "1577-0365, 로, 1577-0365로", "2026-12-10, 은, 2026-12-10은",
        "109, 로, 109로", "1.5, 가, 1.5가", "3번, 은, 3번은",
    })
    void reads_digits_as_korean_numbers(String word, String particle, String expected) {
        assertEquals(expected, Particles.attach(word, particle));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "URL, 을, URL을", "KT, 는, KT는", "IBM, 이, IBM이", "HRD, 로, HRD로", "SNS, 를, SNS를",
        "Worknet, 은, Worknet은", "job, 을, job을", "center, 는, center는", "Google, 로, Google로",
        "Seoul, 으로, Seoul로", "Bucheon, 이, Bucheon이", "program, 을, program을", "card, 가, card가",
        "app, 이, app이", "Jeonbuk, 은, Jeonbuk은", "meeting, 이, meeting이",
    })
    void reads_latin_letters_and_words_sensibly(String word, String particle, String expected) {
        assertEquals(expected, Particles.attach(word, particle));
    }

    @Test
    void skips_closing_quotes_and_punctuation_before_choosing() {
        assertEquals("'누가 받을 수 있어?'라는", Particles.attach("'누가 받을 수 있어?'", "(이)라는"));
        assertEquals("\"부천\"으로", Particles.attach("\"부천\"", "으로"));
        assertEquals("(서울)은", Particles.attach("(서울)", "은"));
    }

    @Test
    void an_empty_word_or_symbols_take_the_vowel_form() {
        assertEquals("는", Particles.attach("", "은"));
        assertEquals("...가", Particles.attach("...", "이"));
        assertEquals(Particles.Ending.VOWEL, Particles.ending("🙂"));
    }

    @Test
    void an_unknown_particle_is_left_as_written() {
        assertEquals("센터에서", Particles.attach("센터", "에서"));
    }

    @Test
    void resolves_every_hedge_in_a_text() {
        assertEquals("주소, 전화번호는 제 자료에 없어요. '국취'라는 말, '내일배움'이라는 카드, 인천으로, 서울로",
                Particles.resolve("주소, 전화번호은(는) 제 자료에 없어요. '국취'(이)라는 말, '내일배움'(이)라는 카드, "
                        + "인천(으)로, 서울(으)로"));
        assertEquals("센터가 있어요", Particles.resolve("센터이(가) 있어요"));
        assertEquals("센터예요", Particles.resolve("센터(이)에요"));
    }

    @Test
    void placeholders_take_the_particle_written_after_a_bar_or_as_a_hedge() {
        Map<String, String> values = Map.of("center", "부천", "city", "서울", "program", "국취",
                "center.en", "Bucheon");
        assertEquals("부천은 서울로, '국취'라는", Placeholders.fill("{center|은} {city|으로}, '{program}'(이)라는",
                values, "ko"));
        assertEquals("부천이 열려요", Placeholders.fill("{center}이(가) 열려요", values, "ko"));
        assertEquals("Bucheon is open", Placeholders.fill("{center|은} is open", values, "en"));
        assertEquals("가 없어요", Placeholders.fill("{missing|이} 없어요", values, "ko"));
    }
}
