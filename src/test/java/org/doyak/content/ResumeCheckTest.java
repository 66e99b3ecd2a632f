package org.doyak.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.doyak.conversation.Action;
import org.junit.jupiter.api.Test;

class ResumeCheckTest {

    @Test
    void a_resident_number_without_hyphen_is_flagged_and_never_repeated() {
        Action.Result r = check("ko", "성장과정과 지원동기를 씁니다. 9901011234567 입니다.");
        String text = r.replies().get(0).text();
        assertTrue(text.contains("⚠"), text);
        assertTrue(!text.contains("9901011234567"), text);
    }

    @Test
    void vague_sentences_are_quoted_only_when_they_have_no_number() {
        String text = check("en", "I am a hard-working person. I worked hard for 2 years and cut costs by 10%.")
                .replies().get(0).text();
        assertTrue(text.contains("“I am a hard-working person.”"), text);
        assertTrue(!text.contains("cut costs"), text);
    }

    @Test
    void the_number_of_findings_is_kept_in_a_slot() {
        assertEquals("2", check("en", "hello there, this is short").slots().get("resume_problems"));
    }

    private static Action.Result check(String lang, String text) {
        return new ResumeCheck().run(new Action.Context("c", "web", lang, Map.of(), Map.of("text", text),
                Instant.EPOCH));
    }
}
