package org.doyak.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.doyak.Actions;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeelingKindsTest {
    private static final Dialogs DIALOGS = DialogLoader.load(TestServer.DIALOGS, Actions.names()).dialogs();
    private static final FeelingKinds KINDS = new FeelingKinds(DIALOGS);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "면접 내일인데 너무 떨려요 ㅠㅠ|nervous", "긴장돼서 잠이안와요|nervous", "im so nervous about tomorrow|nervous",
        "서류탈락만 10번째|rejected", "면접에서 자꾸 떨어져요|rejected", "got rejected again|rejected",
        "회사에서잘렸어|laid_off", "i got laid off last week|laid_off", "권고 사직 당했어요|laid_off",
        "너무 막막해요|lost", "뭘해야할지 모르겠어요|lost", "번아웃 온듯|default", "요즘 좀 힘들어요|default"})
    void the_feeling_is_told_by_its_words_with_spacing_free_in_hangul(String text, String kind) {
        assertEquals(kind, KINDS.of(text).id());
    }

    @Test
    void a_job_loss_with_nerves_counts_as_the_job_loss_because_earlier_items_win() {
        assertEquals("laid_off", KINDS.of("해고당해서 너무 불안해요").id());
    }

    @Test
    void latin_words_match_whole_words_only() {
        assertFalse(KINDS.named("an unworried and unrejected applicant"));
        assertTrue(KINDS.named("I am worried"));
    }

    @Test
    void every_kind_has_an_acknowledgment_in_both_languages_and_the_default_one_too() {
        for (String text : new String[] {"떨려요", "탈락", "잘렸어", "막막해", "그냥 힘듦"}) {
            FeelingKinds.Kind kind = KINDS.of(text);
            assertFalse(kind.ack().ko().isBlank(), kind.id());
            assertFalse(kind.ack().en().isBlank(), kind.id());
        }
    }

    @Test
    void job_loss_offers_the_benefit_first() {
        assertEquals("benefit", KINDS.of("laid off").offers().get(0));
    }
}
