package org.doyak.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.doyak.Actions;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;

class BusinessHoursTest {
    private static final Dialogs DIALOGS = DialogLoader.load(TestServer.DIALOGS,
            Actions.slots()).dialogs();

    private static ZonedDateTime next(String pattern, String instant) {
        return BusinessHours.parse(pattern, () -> DIALOGS).nextOpening(null, Instant.parse(instant)).orElseThrow();
    }

    @Test
    void open_on_a_weekday_morning_returns_now() {
        assertEquals(Instant.parse("2026-03-09T01:00:00Z"), next(BusinessHours.DEFAULT, "2026-03-09T01:00:00Z")
                .toInstant());
    }

    @Test
    void friday_evening_reopens_on_monday_at_nine() {
        assertEquals("2026-03-09T09:00+09:00[Asia/Seoul]", next(BusinessHours.DEFAULT, "2026-03-06T10:00:00Z")
                .toString());
    }

    @Test
    void seollal_holidays_are_skipped() {
        assertEquals("2026-02-19T09:00+09:00[Asia/Seoul]", next(BusinessHours.DEFAULT, "2026-02-16T01:00:00Z")
                .toString());
    }

    @Test
    void always_and_never_and_bad_patterns() {
        assertEquals(Instant.parse("2026-02-17T18:00:00Z"), next("always", "2026-02-17T18:00:00Z").toInstant());
        assertTrue(BusinessHours.parse("never", () -> DIALOGS).nextOpening(null, Instant.now()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> BusinessHours.parse("weekdays", () -> DIALOGS));
        assertEquals("2026-03-07T10:00+09:00[Asia/Seoul]",
                next("Mon-Fri 09:00-18:00, Sat 10:00-13:00", "2026-03-06T10:00:00Z").toString());
    }
}
