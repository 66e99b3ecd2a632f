package org.doyak.handoff;

import java.time.Clock;
import java.util.function.Supplier;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Handover;
import org.doyak.conversation.TurnListener;
import org.doyak.dialog.CenterSchedule;
import org.doyak.dialog.Dialogs;

/**
 * Wires the handoff parts for the composition root: give {@link #listener()} to the engine and
 * {@link #desk()} to the console routes.
 */
public final class HandoffModule {
    private final Handoffs handoffs;
    private final StaffAccounts staff;
    private final ConversationStore store;
    private final Handover handover;
    private final HandoffEvents events;
    private final HandoffStore handoffStore;
    private final Clock clock;
    private final Supplier<Dialogs> dialogs;

    /**
     * @param handoffStore where handoffs, notes and callback requests are kept
     * @param staffStore where staff accounts and sessions are kept
     * @param store the conversations, for reading (summaries, transcripts)
     * @param handover the engine's operations that change a conversation around a counselor
     * @param events who hears about handoffs (the console socket)
     * @param hours each center's schedule (counselors per center, who is open now)
     * @param dialogs the dialogs in force (the centers)
     */
    public HandoffModule(HandoffStore handoffStore, StaffStore staffStore, ConversationStore store,
            Handover handover, Clock clock, HandoffEvents events, BusinessHours hours, Supplier<Dialogs> dialogs) {
        this.handoffs = new Handoffs(handoffStore, clock, center -> hours.schedule(center).counselors());
        this.dialogs = dialogs;
        this.staff = new StaffAccounts(staffStore, clock);
        this.store = store;
        this.handover = handover;
        this.events = events;
        this.handoffStore = handoffStore;
        this.clock = clock;
    }

    /** The queue and its table. */
    public Handoffs handoffs() {
        return handoffs;
    }

    /** Search of finished handoffs. */
    public HandoffSearch search() {
        return new HandoffSearch(handoffStore);
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
        return new HandoffListener(handoffs, store, handover, events);
    }

    /** Counselors' operations. */
    public HandoffDesk desk() {
        return new HandoffDesk(handoffs, store, handover, staff, events,
                center -> CenterSchedule.center(dialogs.get(), center));
    }
}
