package org.doyak.nlu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static List<String> dates(String text) {
        return DateFinder.find(text, TODAY).stream().map(Entity::value).toList();
    }

    @Test
    void relative_days_are_resolved_against_today() {
        assertEquals(List.of("2026-11-30"), dates("오늘 상담 돼요?"));
        assertEquals(List.of("2026-12-01"), dates("내일 가도 돼?"));
        assertEquals(List.of("2026-12-02"), dates("모레"));
        assertEquals(List.of("2026-12-01"), dates("tomorrow please"));
        assertEquals(List.of("2026-12-02"), dates("the day after tomorrow"));
    }

    @Test
    void weekdays_are_the_next_one_or_the_week_named() {
        assertEquals(List.of("2026-12-01"), dates("화요일에 예약"));
        assertEquals(List.of("2026-11-30"), dates("월요일"));
        assertEquals(List.of("2026-12-08"), dates("다음주 화요일에 예약하고 싶어요"));
        assertEquals(List.of("2026-12-08"), dates("담주화요일"));
        assertEquals(List.of("2026-12-04"), dates("이번 주 금요일"));
        assertEquals(List.of("2026-12-15"), dates("다다음주 화요일"));
        assertEquals(List.of("2026-12-04"), dates("on friday"));
        assertEquals(List.of("2026-12-08"), dates("next tuesday"));
    }

    @Test
    void month_and_day_are_this_year_or_next_when_passed() {
        assertEquals(List.of("2026-12-10"), dates("12월 10일"));
        assertEquals(List.of("2026-12-10"), dates("12/10 가능?"));
        assertEquals(List.of("2027-03-02"), dates("3월2일"));
        assertEquals(List.of("2026-12-10"), dates("december 10th"));
        assertEquals(List.of("2027-01-05"), dates("5 jan"));
    }

    @Test
    void numbers_that_are_not_dates_are_ignored() {
        assertEquals(List.of(), dates("24/7 상담"));
        assertEquals(List.of(), dates("13월 40일"));
    }
}
