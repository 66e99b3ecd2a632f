package org.doyak;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.doyak.content.BookingQuota;
import org.doyak.content.ContentActions;
import org.doyak.conversation.Action;
import org.doyak.dialog.Dialogs;
import org.doyak.handoff.CallbackAction;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiAppointments;

/** The actions flows may run with {@code do}: the one list both the service and {@code validate} use. */
public final class Actions {
    private Actions() {
    }

    /** Creates every action, with no limit on bookings (conversation tests, tools). */
    public static Map<String, Action> create(Database database, Supplier<Dialogs> dialogs) {
        return create(database, dialogs, BookingQuota.NONE);
    }

    /**
     * Creates every action with what it needs. Constructors touch neither argument, so {@link #names()}
     * can pass nulls.
     *
     * @param database the migrated database
     * @param dialogs the dialogs in force, for content the actions read
     * @param quota bookings allowed per seeker
     */
    public static Map<String, Action> create(Database database, Supplier<Dialogs> dialogs, BookingQuota quota) {
        JdbiAppointments appointments = new JdbiAppointments(database);
        Map<String, Action> actions = new HashMap<>(ContentActions.create(dialogs, appointments, appointments,
                quota));
        actions.put(CallbackAction.NAME, new CallbackAction(database));
        return Map.copyOf(actions);
    }

    /** Each action's name with the slots it may set, for validating dialogs without starting the service. */
    public static Map<String, Set<String>> slots() {
        Map<String, Set<String>> out = new TreeMap<>();
        create(null, null, BookingQuota.NONE).forEach((name, action) -> out.put(name, action.slots()));
        return out;
    }

    /** The action names, for validating dialogs without starting the service. */
    public static Set<String> names() {
        return new TreeSet<>(create(null, null, BookingQuota.NONE).keySet());
    }
}
