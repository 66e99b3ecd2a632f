package org.doyak.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.doyak.Actions;
import org.doyak.conversation.Action;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.load.DialogLoader;
import org.junit.jupiter.api.Test;

class ResumeCheckTest {
    private static final Dialogs DIALOGS = DialogLoader.load(Path.of("dialogs"), Actions.names()).dialogs();

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
    void the_findings_are_the_texts_of_messages_yaml_with_the_length_and_the_missing_sections() {
        String text = check("ko", "열심히 하겠습니다.").replies().get(0).text();
        assertTrue(text.startsWith("점검 결과예요:\n• 분량이 짧아요(공백 제외 9자)."), text);
        assertTrue(text.contains("• 빠진 것 같은 항목: 지원동기, 성장과정, 경험·경력, 입사 후 포부"), text);
        assertTrue(text.contains("• 숫자나 결과 없이 막연한 문장: “열심히 하겠습니다.” "
                + "→ 기간, 횟수, 성과를 숫자로 보여 주세요."), text);
    }

    @Test
    void the_number_of_findings_is_kept_in_a_slot() {
        assertEquals("2", check("en", "hello there, this is short").slots().get("resume_problems"));
    }

    private static Action.Result check(String lang, String text) {
        return new ResumeCheck(new Items(() -> DIALOGS)).run(new Action.Context("c", "web", lang, Map.of(),
                Map.of("text", text), Instant.EPOCH));
    }
}
