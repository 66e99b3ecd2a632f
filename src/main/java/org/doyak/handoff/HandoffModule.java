package org.doyak.handoff;

import java.time.Clock;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Handover;
import org.doyak.conversation.TurnListener;
import org.doyak.storage.Database;

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
    private final Database db;
    private final Clock clock;

    /**
     * @param store the conversations, for reading (summaries, transcripts)
     * @param handover the engine's operations that change a conversation around a counselor
     * @param events who hears about handoffs (the console socket)
     */
    public HandoffModule(Database db, ConversationStore store, Handover handover, Clock clock,
            HandoffEvents events) {
        this.handoffs = new Handoffs(db, clock);
        this.staff = new StaffAccounts(db, clock);
        this.store = store;
        this.handover = handover;
        this.events = events;
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
        return new HandoffListener(handoffs, store, handover, events);
    }

    /** Counselors' operations. */
    public HandoffDesk desk() {
        return new HandoffDesk(handoffs, store, handover, staff, events);
    }
}
