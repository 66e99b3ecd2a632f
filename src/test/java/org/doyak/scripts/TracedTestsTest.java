package org.doyak.scripts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TracedTestsTest {
    private static final List<String> SEEN = List.of("부천은 경기 지역이에요. 가까운 센터를 찾아볼게요.", "센터 찾기");

    @Test
    void a_text_shown_with_its_placeholders_filled_counts_as_shown() {
        assertTrue(TracedTests.showedAny(SEEN, List.of("{region|은} 경기 지역이에요. 가까운 센터를 찾아볼게요.")));
        assertTrue(TracedTests.showedAny(SEEN, List.of("{region}은(는) 경기 지역이에요.")));
    }

    @Test
    void a_button_title_shown_counts_as_shown() {
        assertTrue(TracedTests.showedAny(SEEN, List.of("센터 찾기")));
    }

    @Test
    void a_text_the_conversation_never_showed_does_not_count() {
        assertFalse(TracedTests.showedAny(SEEN, List.of("면접 준비를 도와드릴게요.", "Find a center")));
    }

    @Test
    void a_text_too_short_to_compare_counts_as_shown_to_be_safe() {
        assertTrue(TracedTests.showedAny(SEEN, List.of("{known}", "네")));
    }
}
