package org.doyak.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Booking, changing and cancelling appointments, erasing one's data, centers and events. */
class BookingFlowsIT {
    @TempDir
    static Path dir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void seeker_books_changes_and_cancels_an_appointment() {
        Chat chat = new Chat(server.baseUrl(), "ko").say("상담 예약하고 싶어요").press("yes").press("jeonbuk")
                .expect("1)", "6)").offers("1", "6");
        chat.say("9").expect("1~6").press("2").expect("이름").say("김도약").say("010-12").expect("연락처 형식")
                .say("010-1234-5678").expect("김도약님", "010-1234-5678").press("change_time").press("1")
                .expect("예약할까요").press("yes").expect("예약됐어요", "전라북도 일자리센터", "예약번호");
        chat.press("my_booking").expect("예약 내역").press("change").expect("1)").press("3").press("yes")
                .expect("예약을 바꿨어요", "이전 (취소됨)", "새 예약");
        chat.press("my_booking").press("cancel").expect("취소했어요");
        chat.press("my_booking").expect("예약된 상담이 없어요").offers("booking");
    }

    @Test
    void english_seeker_is_sent_to_phone_for_a_center_without_booking_times() {
        new Chat(server.baseUrl(), "en").press("booking").press("yes").press("other").expect("call or visit")
                .offers("centers");
    }

    @Test
    void booking_without_consent_is_refused_politely() {
        new Chat(server.baseUrl(), "en").press("booking").press("no").expect("needs your consent").offers("booking");
    }

    @Test
    void delete_my_data_asks_first_then_erases_history_and_bookings() {
        Chat chat = new Chat(server.baseUrl(), "ko").press("booking").press("yes").press("jeonbuk").press("1")
                .say("이도약").say("me@example.com").press("yes").expect("예약됐어요");
        chat.say("내 정보 삭제").expect("되돌릴 수 없어요").press("no").expect("지우지 않았어요");
        chat.press("delete_data").press("yes").expect("모두 지웠어요");
        assertEquals(3, chat.history().size(), () -> chat.history().toPrettyString());
        chat.press("my_booking").expect("예약된 상담이 없어요");
    }

    @Test
    void centers_are_found_by_city_and_unknown_fields_are_not_guessed() {
        new Chat(server.baseUrl(), "ko").say("센터 어디 있어요").say("군산").expect("전라북도 일자리센터", "1577-0365")
                .press("centers").press("부천").expect("부천 일드림센터", "제 자료에 없어요")
                .press("centers").say("제주").expect("아직 없어요", "전화하거나 방문");
        new Chat(server.baseUrl(), "en").press("centers").say("Seoul")
                .expect("Seoul Job Plus Center", "job.seoul.go.kr");
    }

    @Test
    void events_show_only_upcoming_ones() {
        new Chat(server.baseUrl(), "en").say("any job fair?").expect("Upcoming events", "Friday hiring day")
                .expectNot("2021-05-14", "1st video-interview");
        new Chat(server.baseUrl(), "ko").press("events").expect("금요채용마당").expectNot("제1회");
    }
}
