package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void korean_and_english_messages_are_told_apart() {
        assertEquals("ko", LanguageDetector.detect("이력서 어떻게 써요", "en"));
        assertEquals("ko", LanguageDetector.detect("ㅎㅇ", "en"));
        assertEquals("en", LanguageDetector.detect("how do I write a resume", "ko"));
    }

    @Test
    void mixed_text_goes_by_the_larger_share_of_words() {
        assertEquals("ko", LanguageDetector.detect("resume 어떻게 써요", "en"));
        assertEquals("en", LanguageDetector.detect("how do I apply for 실업급여", "ko"));
    }

    @Test
    void a_tie_or_no_letters_keeps_the_conversation_language() {
        assertEquals("en", LanguageDetector.detect("이력서 help", "en"));
        assertEquals("ko", LanguageDetector.detect("이력서 help", "ko"));
        assertEquals("en", LanguageDetector.detect("👍 123", "en"));
        assertEquals("ko", LanguageDetector.detect("", "ko"));
    }
}
