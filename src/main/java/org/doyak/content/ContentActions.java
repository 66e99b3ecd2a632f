package org.doyak.content;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.doyak.conversation.Action;
import org.doyak.dialog.Dialogs;

/** The content actions by the names flows use in {@code do} steps. */
public final class ContentActions {
    private ContentActions() {
    }

    /**
     * Creates the actions; nothing is read or stored until one runs.
     *
     * @param dialogs the dialogs in force, for content collections
     * @param appointments appointment storage
     * @param data erasure of a seeker's data
     * @param records what is kept about a seeker, for showing it to them
     * @param quota bookings allowed per seeker
     * @param teams the centers with counselors of their own
     */
    public static Map<String, Action> create(Supplier<Dialogs> dialogs, Appointments appointments,
            SeekerData data, SeekerRecords records, BookingQuota quota, Supplier<Set<String>> teams) {
        Items items = new Items(dialogs);
        return Map.ofEntries(Map.entry("riasec_score", new RiasecScore(items)),
                Map.entry("resume_check", new ResumeCheck(items)),
                Map.entry("answer_feedback", new AnswerFeedback(items)),
                Map.entry("program_match", new ProgramMatch(items)),
                Map.entry("find_centers", new CenterFinder(items)),
                Map.entry("center_for", new CenterForPlace(items, teams)),
                Map.entry("answer_fact", new FactDesk(items)),
                Map.entry("upcoming_events", new UpcomingEvents(items)),
                Map.entry("booking_slots", new BookingSlots(items, appointments)),
                Map.entry("booking_desk", new BookingDesk(items, appointments, quota)),
                Map.entry("erase_my_data", new EraseMyData(data, items)),
                Map.entry("show_my_data", new ShowMyData(records, items)));
    }
}
