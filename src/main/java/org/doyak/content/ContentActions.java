package org.doyak.content;

import java.util.Map;
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
     * @param quota bookings allowed per seeker
     */
    public static Map<String, Action> create(Supplier<Dialogs> dialogs, Appointments appointments,
            SeekerData data, BookingQuota quota) {
        Items items = new Items(dialogs);
        return Map.of(
                "riasec_score", new RiasecScore(items),
                "resume_check", new ResumeCheck(items),
                "answer_feedback", new AnswerFeedback(items),
                "program_match", new ProgramMatch(items),
                "find_centers", new CenterFinder(items),
                "answer_fact", new FactDesk(items),
                "upcoming_events", new UpcomingEvents(items),
                "booking_slots", new BookingSlots(items, appointments),
                "booking_desk", new BookingDesk(items, appointments, quota),
                "erase_my_data", new EraseMyData(data, items));
    }
}
