package org.doyak.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.doyak.conversation.Action;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;
import org.junit.jupiter.api.Test;

class BookingSlotsTest {
    private static final Collection CENTERS = new Collection("centers", List.of(
            Map.of("id", "c1", "name", "센터", "booking.times", "10:00, 14:00")));
    private static final Collection HOLIDAYS = new Collection("holidays", List.of(
            Map.of("id", "h", "date", "2026-11-27")));

    @Test
    void slots_are_weekdays_from_tomorrow_without_holidays_or_taken_times() {
        Appointments taken = new Appointments() {
            @Override
            public Outcome book(Appointment a) {
                return Outcome.SLOT_TAKEN;
            }

            @Override
            public List<Appointment> booked(String conversationId) {
                return List.of();
            }

            @Override
            public boolean taken(String centerId, String startsAt) {
                return "2026-11-26T14:00".equals(startsAt);
            }

            @Override
            public boolean cancel(String conversationId, String id) {
                return false;
            }

            @Override
            public List<Appointment> upcoming(String fromLocal) {
                return List.of();
            }
        };
        BookingSlots slots = new BookingSlots(new Items(() -> new Dialogs(Map.of(), Map.of(),
                Map.of("centers", CENTERS, "holidays", HOLIDAYS), Map.of())), taken);
        Action.Result r = slots.run(new Action.Context("c", "web", "en", Map.of(), Map.of("mode", "offer",
                "center", "c1"), Instant.parse("2026-11-25T01:00:00Z")));
        assertEquals("2026-11-26T10:00", r.slots().get("slot_1"));
        assertEquals("2026-11-30T10:00", r.slots().get("slot_2"), "Friday is a holiday, then the weekend");
        assertEquals("2026-11-30T14:00", r.slots().get("slot_3"));
        Action.Result picked = slots.run(new Action.Context("c", "web", "en", r.slots(), Map.of("mode", "pick",
                "choice", "2"), Instant.parse("2026-11-25T01:00:00Z")));
        assertEquals("2026-11-30T10:00", picked.slots().get("booking_time"));
        assertEquals("Mon 30 Nov 10:00", picked.slots().get("booking_time_shown.en"));
    }
}
