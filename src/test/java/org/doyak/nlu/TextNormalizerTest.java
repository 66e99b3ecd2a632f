package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void full_width_letters_and_case_become_plain_lower_case() {
        assertEquals("resume 이력서", TextNormalizer.normalize("ＲＥＳＵＭＥ 이력서"));
    }

    @Test
    void laughter_runs_become_one_token_and_slang_jamo_survive() {
        assertEquals("ㅎㅇ ㅋㅋ 안녕", TextNormalizer.normalize("ㅎㅇ ㅋㅋㅋㅋㅋ 안녕"));
        assertEquals("ㄱㅅ ㅋㅋ", TextNormalizer.normalize("ㄱㅅ ㅎㅎㅎ"));
    }

    @Test
    void characters_repeated_three_times_or_more_are_cut_to_two() {
        assertEquals("soo good 네네 ㅠㅠ", TextNormalizer.normalize("sooooo gooood 네네네네 ㅠㅠㅠㅠ"));
    }

    @Test
    void punctuation_and_extra_spaces_disappear() {
        assertEquals("실업급여 어떻게 받아요", TextNormalizer.normalize("  실업급여,,, 어떻게   받아요?!! "));
        assertEquals("", TextNormalizer.normalize("?!… 🙂"));
        assertEquals(List.of(), TextNormalizer.tokens(""));
        assertEquals(List.of("a", "b"), TextNormalizer.tokens("a b"));
    }
}
