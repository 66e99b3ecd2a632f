package org.doyak.content;

import java.time.Instant;
import java.util.List;

/**
 * Where reminders are kept, so they survive restarts and go out once across instances. Implementations
 * are thread-safe and safe for several processes on one database.
 */
public interface ReminderStore {

    /** Booked appointments starting at or after {@code fromLocal} (YYYY-MM-DDTHH:MM) with no reminder planned. */
    List<Appointment> unplanned(String fromLocal);

    /** Stores reminders; one already stored (another instance planned it) is left as it is. */
    void plan(List<Reminder> reminders);

    /** Pending reminders due at or before {@code now}, soonest first, with their appointments as they are now. */
    List<Reminder> due(Instant now);

    /**
     * Takes a pending reminder for sending: a conditional update, so of several instances exactly one wins.
     *
     * @param instance who claims it (for the record)
     * @return true when this caller took it; false when it was no longer pending
     */
    boolean claim(String reminderId, String instance, Instant at);

    /** Marks a pending reminder as not to be sent. */
    void drop(String reminderId);
}
