package org.doyak.storage;

import java.util.List;
import java.util.function.Function;
import org.doyak.privacy.ErasureStep;

/**
 * Every feature's store on one database, for the composition root.
 *
 * @param conversations conversations, messages, unrecognised messages
 * @param appointments counseling appointments
 * @param handoffs handoffs, notes, callback requests
 * @param staff staff accounts and sessions
 * @param telegram the Telegram adapter's tables
 * @param publishes the dialogs' publish log
 * @param reminders appointment reminders
 * @param records what is kept about one seeker, for the export of their data
 */
public record Stores(JdbiConversationStore conversations, JdbiAppointments appointments, JdbiHandoffStore handoffs,
        JdbiStaffStore staff, JdbiTelegramStore telegram, JdbiPublishLog publishes, JdbiReminders reminders,
        JdbiSeekerRecords records) {

    /**
     * The stores on a (migrated) database.
     *
     * @param notKept by language: stored instead of a seeker's message after they declined consent
     */
    public static Stores on(Database db, Function<String, String> notKept) {
        return new Stores(new JdbiConversationStore(db, notKept), new JdbiAppointments(db), new JdbiHandoffStore(db),
                new JdbiStaffStore(db), new JdbiTelegramStore(db), new JdbiPublishLog(db), new JdbiReminders(db),
                new JdbiSeekerRecords(db));
    }

    /** Each feature's erasure step; the conversation's own messages last. */
    public List<ErasureStep> erasureSteps() {
        return List.of(reminders, appointments, handoffs, telegram, conversations);
    }
}
