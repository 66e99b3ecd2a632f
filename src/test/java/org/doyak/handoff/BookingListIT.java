package org.doyak.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.doyak.content.Appointment;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiAppointments;
import org.doyak.testing.ConsoleClient;
import org.doyak.testing.OnEachDatabase;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;

class BookingListIT extends OnEachDatabase {

    @Test
    void counselors_see_upcoming_bookings_in_time_order_and_not_past_or_cancelled_ones() {
        try (TestServer server = TestServer.start(database(), Clock.systemUTC(), "always")) {
            HandoffIT.addStaff(server, "kim", "counselor");
            try (Database db = server.openDatabase()) {
                JdbiAppointments appointments = new JdbiAppointments(db);
                appointments.book(new Appointment("bbbbbbbb-2", "c1", "jeonbuk", "2099-03-03T14:00", "이도약",
                        "010-2222-3333", "booked", "2026-01-01T00:00:00Z"));
                appointments.book(new Appointment("aaaaaaaa-1", "c2", "jeonbuk", "2099-03-02T10:00", "김도약",
                        "010-1111-2222", "booked", "2026-01-01T00:00:00Z"));
                appointments.book(new Appointment("cccccccc-3", "c3", "jeonbuk", "2001-01-01T10:00", "박과거",
                        "010-0000-0000", "booked", "2000-12-01T00:00:00Z"));
                appointments.book(new Appointment("dddddddd-4", "c4", "jeonbuk", "2099-03-04T10:00", "최취소",
                        "010-4444-5555", "booked", "2026-01-01T00:00:00Z"));
                appointments.cancel("c4", "dddddddd-4");
            }
            ConsoleClient console = new ConsoleClient(server.baseUrl());
            assertEquals(401, console.get("/api/console/bookings").status());
            console.login("kim", HandoffIT.PASSWORD);
            JsonNode bookings = console.get("/api/console/bookings").body().path("bookings");
            assertEquals(2, bookings.size(), bookings.toString());
            assertEquals("김도약", bookings.get(0).path("name").asText());
            assertEquals("AAAAAAAA", bookings.get(0).path("code").asText());
            assertEquals("2099-03-03T14:00", bookings.get(1).path("startsAt").asText());
        }
    }
}
