package org.doyak.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Text;
import org.doyak.dialog.Triggers;
import org.junit.jupiter.api.Test;

class TwoRequestsTest {
    private static final Flow RESUME = flow("resume");
    private static final Flow INTERVIEW = flow("interview");
    private static final Flow JOBS = flow("jobs");
    private static final Flow CENTERS = flow("centers");
    private static final Keywords KEYWORDS = keywords();

    private static Flow flow(String id) {
        return new Flow(id, new Text(id, id), new Triggers(List.of(), List.of(), List.of(), List.of()), List.of());
    }

    private static Keywords keywords() {
        Keywords k = new Keywords();
        k.add("자소서", RESUME);
        k.add("resume", RESUME);
        k.add("면접", INTERVIEW);
        k.add("interview", INTERVIEW);
        k.add("일자리", JOBS);
        k.add("센터", CENTERS);
        return k;
    }

    private static List<Flow> joined(String text) {
        return TwoRequests.joined(text, KEYWORDS.hits(text)).stream().map(Keywords.Hit::flow).toList();
    }

    @Test
    void two_requests_joined_by_a_word_are_both_found_in_order() {
        assertEquals(List.of(RESUME, INTERVIEW), joined("자소서랑 면접 팁 둘다"));
        assertEquals(List.of(INTERVIEW, RESUME), joined("면접하고 자소서 알려줘"));
        assertEquals(List.of(RESUME, INTERVIEW), joined("resume and interview tips"));
    }

    @Test
    void two_keywords_without_a_joining_word_are_one_request() {
        assertTrue(joined("면접 보러 센터 가야 하는데 어디야").isEmpty());
        assertTrue(joined("전북일자리센터 토요일에도 열어요?").isEmpty(), "일자리 inside 일자리센터 is no second request");
    }
}
