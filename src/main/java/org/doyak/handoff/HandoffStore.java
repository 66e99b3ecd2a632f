package org.doyak.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where handoffs, counselors' notes and callback requests are kept. Implemented by the storage
 * adapter; each method is one short transaction, and state changes are conditional updates (so two
 * counselors can never both claim one handoff). Times are stored in one format (ISO-8601 UTC). Thread-safe.
 */
public interface HandoffStore {

    /** Stores a new waiting handoff in {@code center}'s queue ("" for none) and returns it. */
    Handoff open(String conversationId, String channel, String lang, String reason, int priority, String summary,
            Instant at, String center);

    /** The handoff with this id. */
    Optional<Handoff> find(String id);

    /** The waiting or active handoff of a conversation. */
    Optional<Handoff> open(String conversationId);

    /** Handoffs in a status, highest priority then oldest first (at most 500). */
    List<Handoff> byStatus(String status);

    /** Closed or cancelled handoffs, most recently finished first (at most 200). */
    List<Handoff> recentlyClosed();

    /** Claims a waiting handoff; false when it is not waiting. */
    boolean claim(String id, String counselor, Instant at);

    /** Moves an active handoff from one counselor to another; false when {@code from} does not hold it. */
    boolean transfer(String id, String from, String to);

    /**
     * Moves a handoff to another center's queue, waiting again (no counselor): only a waiting one, or an
     * active one held by {@code by}; false otherwise or when it is in {@code center}'s queue already.
     */
    boolean moveToCenter(String id, String center, String by);

    /** Finishes a waiting or active handoff with a status; false when it was finished already. */
    boolean finish(String id, String status, Instant at, String note);

    /** Sets a handoff's priority. */
    void prioritise(String id, int priority);

    /** Adds a private note and returns it. */
    Note note(String handoffId, String author, String body, Instant at);

    /** A handoff's notes, oldest first. */
    List<Note> notes(String handoffId);

    /** Stores an open callback request for {@code center} to answer ("" when the seeker's center is unknown). */
    void insertCallback(String conversationId, String contact, String window, String lang, Instant at,
            String center);

    /** Callback requests in a status, oldest first (at most 500). */
    List<Callback> callbacks(String status);

    /** Marks an open callback request done; false when there is none open with this id. */
    boolean callbackDone(String id, String by);

    /** How many handoffs are waiting. */
    int waiting();

    /** Sets a handoff's follow-up date ({@code YYYY-MM-DD}). */
    void followUp(String id, String date);

    /** Records when the holding counselor read the conversation; returns that time as stored. */
    String seen(String id, Instant at);

    /** Stores a satisfaction answer on the conversation's last closed, unrated handoff; false when there is none. */
    boolean satisfaction(String conversationId, String answer);

    /** How many messages the seeker sent in a conversation after a stored time ({@link Handoff#createdAt()} form). */
    int seekerMessagesAfter(String conversationId, String since);

    /** Closed handoffs with a follow-up date on or after {@code fromDate} ({@code YYYY-MM-DD}), soonest first. */
    List<Handoff> followUps(String fromDate);

    /** Handoffs opened, open or finished since an instant, oldest first (at most 5,000). */
    List<Handoff> touchedSince(Instant since);

    /** Closed handoffs with a satisfaction answer, closed since an instant (at most 20,000). */
    List<Handoff> ratedSince(Instant since);

    /** Finished (closed or cancelled) handoffs matching a query, most recently finished first. */
    List<Handoff> finished(HandoffQuery query);
}
