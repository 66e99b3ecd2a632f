package org.doyak.handoff;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Delivery;
import org.doyak.conversation.Engine;
import org.doyak.conversation.TurnListener;
import org.doyak.dialog.Dialogs;
import org.doyak.storage.Database;

/**
 * Wires the handoff parts for the composition root: build it, give {@link #listener()} and
 * {@link #hours(String)} to the engine, then get the {@link #desk(Engine)} for the console routes.
 */
public final class HandoffModule {
    private final Handoffs handoffs;
    private final StaffAccounts staff;
    private final Seekers seekers;
    private final HandoffEvents events;
    private final Supplier<Dialogs> dialogs;
    private final Database db;
    private final Clock clock;

    /**
     * @param deliveries how messages reach each channel's seekers, by channel name
     * @param events who hears about handoffs (the console socket)
     */
    public HandoffModule(Database db, ConversationStore store, Supplier<Dialogs> dialogs,
            Map<String, Delivery> deliveries, Clock clock, HandoffEvents events) {
        this.handoffs = new Handoffs(db, clock);
        this.staff = new StaffAccounts(db, clock);
        this.seekers = new Seekers(store, dialogs, deliveries, clock);
        this.events = events;
        this.dialogs = dialogs;
        this.db = db;
        this.clock = clock;
    }

    /** The queue and its table. */
    public Handoffs handoffs() {
        return handoffs;
    }

    /** Search of finished handoffs. */
    public HandoffSearch search() {
        return new HandoffSearch(db);
    }

    /** The team lead's report. */
    public TeamReport team() {
        return new TeamReport(handoffs, staff, clock);
    }

    /** Staff accounts. */
    public StaffAccounts staff() {
        return staff;
    }

    /** The engine's turn listener. */
    public TurnListener listener() {
        return new HandoffListener(handoffs, seekers, events);
    }

    /**
     * Counselors' hours from a pattern ({@code always}, {@code never}, {@code Mon-Fri 09:00-18:00}).
     *
     * @throws IllegalArgumentException on a malformed pattern
     */
    public BusinessHours hours(String pattern) {
        return BusinessHours.parse(pattern, dialogs);
    }

    /** Counselors' operations, on the engine that resumes conversations after a close. */
    public HandoffDesk desk(Engine engine) {
        return new HandoffDesk(handoffs, seekers, engine, staff, events);
    }
}
