package org.doyak;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.doyak.content.Appointments;
import org.doyak.content.BookingQuota;
import org.doyak.content.ContentActions;
import org.doyak.content.SeekerData;
import org.doyak.content.SeekerRecords;
import org.doyak.conversation.Action;
import org.doyak.dialog.Dialogs;
import org.doyak.handoff.CallbackAction;
import org.doyak.handoff.HandoffStore;

/** The actions flows may run with {@code do}: the one list both the service and {@code validate} use. */
public final class Actions {
    private Actions() {
    }

    /** Creates every action, with no limit on bookings (conversation tests, tools). */
    public static Map<String, Action> create(Supplier<Dialogs> dialogs, Appointments appointments,
            SeekerData erasure, SeekerRecords records, HandoffStore handoffs) {
        return create(dialogs, appointments, erasure, records, handoffs, BookingQuota.NONE);
    }

    /**
     * Creates every action with what it needs. Constructors only keep their arguments, so {@link #slots()}
     * can pass nulls to learn the names and slots.
     *
     * @param dialogs the dialogs in force, for content the actions read
     * @param appointments where bookings are kept
     * @param erasure erases a seeker's data (every feature's step)
     * @param records reads what is kept about a seeker, to show it to them
     * @param handoffs where callback requests are kept
     * @param quota bookings allowed per seeker
     */
    public static Map<String, Action> create(Supplier<Dialogs> dialogs, Appointments appointments,
            SeekerData erasure, SeekerRecords records, HandoffStore handoffs, BookingQuota quota) {
        return create(dialogs, appointments, erasure, records, handoffs, quota, Set::of);
    }

    /**
     * Creates every action as the service runs them.
     *
     * @param teams the centers with counselors of their own (a seeker without a center is asked for one
     *     before a handoff only when there are two or more)
     * @see #create(Supplier, Appointments, SeekerData, SeekerRecords, HandoffStore, BookingQuota)
     */
    public static Map<String, Action> create(Supplier<Dialogs> dialogs, Appointments appointments,
            SeekerData erasure, SeekerRecords records, HandoffStore handoffs, BookingQuota quota,
            Supplier<Set<String>> teams) {
        Map<String, Action> actions = new HashMap<>(ContentActions.create(dialogs, appointments, erasure, records,
                quota, teams));
        actions.put(CallbackAction.NAME, new CallbackAction(handoffs, dialogs));
        return Map.copyOf(actions);
    }

    /** Each action's name with the slots it may set, for validating dialogs without starting the service. */
    public static Map<String, Set<String>> slots() {
        Map<String, Set<String>> out = new TreeMap<>();
        create(null, null, null, null, null).forEach((name, action) -> out.put(name, action.slots()));
        return out;
    }

    /** The action names, for validating dialogs without starting the service. */
    public static Set<String> names() {
        return new TreeSet<>(slots().keySet());
    }
}
