package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShorthandsTest {

    private final Shorthands shorthands = new Shorthands(List.of(
            new Synonym("내일배움카드", List.of("내배카", "내일배움"), "program"),
            new Synonym("이력서", List.of("cv"), null)));

    @Test
    void glued_korean_shorthand_is_expanded() {
        assertEquals("내일배움카드로 뭐 배워요", shorthands.prepare("내배카로 뭐 배워요??"));
    }

    @Test
    void the_canonical_form_is_not_expanded_again_through_a_shorter_variant() {
        assertEquals("내일배움카드 신청", shorthands.prepare("내일배움카드 신청"));
        assertEquals("내일배움카드 신청", shorthands.prepare("내일배움 신청"));
    }

    @Test
    void latin_variants_match_whole_words_only() {
        assertEquals("check my 이력서", shorthands.prepare("check my CV"));
        assertEquals("cvs pharmacy", shorthands.prepare("cvs pharmacy"));
    }
}
