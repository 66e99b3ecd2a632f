package org.doyak.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doyak.Actions;
import org.doyak.conversation.Action;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Text;
import org.doyak.dialog.load.DialogLoader;
import org.junit.jupiter.api.Test;

class UpcomingEventsTest {
    private static final Map<String, Text> MESSAGES = DialogLoader.load(Path.of("dialogs"), Actions.names())
            .dialogs().messages();
    private static final LocalDate TODAY = LocalDate.of(2021, 6, 22);

    @Test
    void past_dated_events_are_never_shown_and_future_ones_are() {
        assertEquals(Optional.empty(), UpcomingEvents.next(Map.of("date", "2021-05-14"), TODAY));
        assertEquals(Optional.of(LocalDate.of(2021, 6, 24)), UpcomingEvents.next(Map.of("date", "2021-06-24"), TODAY));
        assertEquals(Optional.of(TODAY), UpcomingEvents.next(Map.of("date", "2021-06-22"), TODAY));
    }

    @Test
    void weekly_events_give_the_next_day_until_they_end() {
        assertEquals(Optional.of(LocalDate.of(2021, 6, 25)), UpcomingEvents.next(Map.of("weekday", "FRIDAY"), TODAY));
        assertEquals(Optional.empty(),
                UpcomingEvents.next(Map.of("weekday", "FRIDAY", "until", "2021-06-24"), TODAY));
        assertEquals(Optional.of(LocalDate.of(2021, 7, 2)),
                UpcomingEvents.next(Map.of("weekday", "friday", "from", "2021-06-28"), TODAY));
    }

    @Test
    void a_month_without_a_day_counts_until_the_month_is_over_and_bad_dates_are_skipped() {
        assertTrue(UpcomingEvents.next(Map.of("month", "2021-06"), TODAY).isPresent());
        assertEquals(Optional.empty(), UpcomingEvents.next(Map.of("month", "2021-05"), TODAY));
        assertEquals(Optional.empty(), UpcomingEvents.next(Map.of("date", "next week"), TODAY));
        assertEquals(Optional.empty(), UpcomingEvents.next(Map.of("repeat", "monthly", "until", "2020-12-31"), TODAY));
    }

    @Test
    void the_list_is_sorted_and_says_when_nothing_is_coming() {
        Collection events = new Collection("events", List.of(
                Map.of("id", "b", "name", "금요채용마당", "name.en", "Friday hiring", "weekday", "FRIDAY"),
                Map.of("id", "a", "name", "특강", "name.en", "Lecture", "date", "2021-06-24"),
                Map.of("id", "c", "name", "지난 행사", "name.en", "Past fair", "date", "2021-05-14")));
        UpcomingEvents action = new UpcomingEvents(new Items(() -> new Dialogs(Map.of(), MESSAGES,
                Map.of("events", events), Map.of())));
        String text = run(action, Instant.parse("2021-06-22T03:00:00Z"));
        assertTrue(text.indexOf("Lecture") < text.indexOf("Friday hiring"), text);
        assertTrue(!text.contains("Past fair"), text);
        assertTrue(run(action, Instant.parse("2030-01-01T00:00:00Z")).contains("Friday hiring"));
        UpcomingEvents none = new UpcomingEvents(new Items(() -> new Dialogs(Map.of(), MESSAGES, Map.of(), Map.of())));
        assertTrue(run(none, Instant.parse("2021-06-22T03:00:00Z")).contains("no upcoming events"));
    }

    private static String run(UpcomingEvents action, Instant now) {
        return action.run(new Action.Context("c", "web", "en", Map.of(), Map.of(), now)).replies().get(0).text();
    }
}
