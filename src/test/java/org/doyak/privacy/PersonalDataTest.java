package org.doyak.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "제 주민번호는 900101-1234567 이에요|제 주민번호는 [주민등록번호] 이에요",
        "주민번호 9001011234567|주민번호 [주민등록번호]",
        "외국인등록번호 850315-5123456|외국인등록번호 [외국인등록번호]",
        "연락처 010-1234-5678 입니다|연락처 [전화번호] 입니다",
        "01012345678로 주세요|[전화번호]로 주세요",
        "+82 10 1234 5678|[전화번호]",
        "사무실 02-123-4567|사무실 [전화번호]",
        "mail me: minji.kim+jobs@example.co.kr|mail me: [이메일]",
        "카드 4111 1111 1111 1111 결제|카드 [카드번호] 결제",
        "카드 4111-1111-1111-1111|카드 [카드번호]",
        "계좌 110-123-456789 로|계좌 [계좌번호] 로",
        "계좌번호 3333012345678|계좌번호 [계좌번호]",
    })
    void identifiers_are_masked(String typed, String stored) {
        assertEquals(stored, PersonalData.mask(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "나이는 29살이고 2026-11-29에 만나요",
        "국민취업지원제도 1유형 신청하고 싶어요",
        "월 300만원 받았어요, 12개월 일했어요",
        "오전 9:00-18:00 사이",
    })
    void ordinary_numbers_stay(String typed) {
        assertEquals(typed, PersonalData.mask(typed));
        assertFalse(PersonalData.contains(typed));
    }

    @Test
    void bidirectional_overrides_are_removed() {
        assertEquals("abcdef", PersonalData.mask("abc\u202Efed\u202Cdef".replace("fed\u202C", "")));
        assertEquals("상담 요청합니다 gnp.exe", PersonalData.mask("상담 요청합니다 \u202Egnp.exe"));
        assertEquals("x", PersonalData.mask("\u2066x\u2069\u200F"));
    }
}
