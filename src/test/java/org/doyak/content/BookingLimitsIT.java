package org.doyak.content;

import java.nio.file.Path;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One booked appointment at a time per contact, and a daily number of bookings per address. */
class BookingLimitsIT {
    @TempDir
    Path dir;

    private static Chat book(TestServer server, String name, String contact) {
        return new Chat(server.baseUrl(), "ko").press("booking").press("yes").press("jeonbuk").press("1").say(name)
                .say(contact).press("yes");
    }

    @Test
    void one_contact_holds_one_booking_and_one_address_books_five_a_day() {
        try (TestServer server = TestServer.start(dir)) {
            book(server, "김도약", "010-1111-2222").expect("예약됐어요");
            book(server, "김도약", "01011112222").expect("이미 예약된 상담이 있어요").expectNot("예약됐어요");
            book(server, "박도약", "010-3333-4444").expect("예약됐어요");
            book(server, "이도약", "lee@example.com").expect("예약됐어요");
            book(server, "최도약", "010-5555-6666").expect("예약됐어요");
            book(server, "정도약", "010-7777-8888").expect("오늘은 예약을 더 받을 수 없어요").expectNot("예약됐어요");
        }
    }
}
