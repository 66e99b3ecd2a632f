package org.doyak.handoff;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.Handover;
import org.doyak.privacy.PersonalData;

/**
 * The handoffs table and the queue: waiting handoffs in order of priority (highest first), then
 * waiting time (longest first). State changes are single conditional updates, so two counselors can
 * never both claim one handoff. Thread-safe.
 */
public final class Handoffs {
    /** Minutes one conversation is assumed to take, for the seeker's estimate. */
    static final int MINUTES_PER_CONVERSATION = 5;

    private final HandoffStore store;
    private final Clock clock;
    private final ToIntFunction<String> counselors;

    /**
     * Keeps handoffs in {@code store}, stamped with {@code clock}.
     *
     * @param counselors how many counselors answer chats at once in a center (at least 1), for estimates
     */
    public Handoffs(HandoffStore store, Clock clock, ToIntFunction<String> counselors) {
        this.store = store;
        this.clock = clock;
        this.counselors = counselors;
    }

    /** The handoff with this id. */
    public Optional<Handoff> find(String id) {
        return store.find(id);
    }

    /** The waiting or active handoff of a conversation, if any. */
    public Optional<Handoff> openFor(String conversationId) {
        return store.open(conversationId);
    }

    /**
     * Handoffs in a status: {@code waiting} and {@code active} in queue order, {@code closed} the most
     * recently finished (closed or cancelled) first.
     */
    public List<Handoff> list(String status) {
        return Handoff.CLOSED.equals(status) ? store.recentlyClosed() : store.byStatus(status);
    }

    /** How many handoffs wait for a counselor. */
    public int waiting() {
        return store.waiting();
    }

    /** Opens a waiting handoff for a conversation. */
    Handoff open(Conversation c, String reason, int priority, String summary) {
        return store.open(c.id(), c.channel(), c.lang(), reason, priority, PersonalData.mask(summary),
                clock.instant(), c.queueCenter());
    }

    /** Claims a waiting handoff; false when it is no longer waiting (another counselor was first). */
    boolean claim(String id, String counselor) {
        return store.claim(id, counselor, clock.instant());
    }

    /** Hands an active handoff from one counselor to another; false when {@code from} does not hold it. */
    boolean transfer(String id, String from, String to) {
        return store.transfer(id, from, to);
    }

    /** Moves a waiting handoff, or an active one {@code by} holds, to {@code center}'s queue; false otherwise. */
    boolean moveToCenter(String id, String center, String by) {
        return store.moveToCenter(id, center, by);
    }

    /** Closes or cancels a waiting or active handoff; false when it was already finished. */
    boolean finish(String id, String status, String note) {
        return store.finish(id, status, clock.instant(), PersonalData.mask(note));
    }

    void prioritise(String id, int priority) {
        store.prioritise(id, priority);
    }

    /**
     * Tells the seeker of a waiting handoff their place in their center's queue and the estimated wait:
     * {@value #MINUTES_PER_CONVERSATION} minutes per seeker up to them, shared by the center's counselors.
     */
    void tellPosition(Handover handover, String handoffId, String conversationId) {
        int position = position(handoffId);
        String center = store.find(handoffId).map(Handoff::center).orElse("");
        handover.queuePosition(conversationId, position, estimateMinutes(position, counselors.applyAsInt(center)));
    }

    /** Minutes until the seeker at {@code position} is answered by {@code counselors} counselors, rounded up. */
    static int estimateMinutes(int position, int counselors) {
        int people = Math.max(1, counselors);
        return (position * MINUTES_PER_CONVERSATION + people - 1) / people;
    }

    /** 1 for the first in its center's queue; 0 when the handoff is not waiting. */
    int position(String id) {
        String center = store.find(id).map(Handoff::center).orElse("");
        List<Handoff> waiting = list(Handoff.WAITING).stream().filter(h -> center.equals(h.center())).toList();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    Note note(String handoffId, String author, String body) {
        return store.note(handoffId, author, PersonalData.mask(body), clock.instant());
    }

    /** A handoff's private notes, oldest first. */
    public List<Note> notes(String handoffId) {
        return store.notes(handoffId);
    }

    /** Callback requests in a status ({@code open} or {@code done}), oldest first. */
    public List<Callback> callbacks(String status) {
        return store.callbacks(status);
    }

    /** Marks an open callback request done; false when there is none open with this id. */
    public boolean callbackDone(String id, String by) {
        return store.callbackDone(id, by);
    }

    /** Sets the follow-up date ({@code YYYY-MM-DD}) of a handoff. */
    public void followUp(String id, String date) {
        store.followUp(id, date);
    }

    /** Records that the holding counselor has read the conversation up to now; returns that time as stored. */
    public String seen(String id) {
        return store.seen(id, clock.instant());
    }

    /** Stores a seeker's satisfaction answer on their conversation's last closed, unrated handoff. */
    void satisfaction(String conversationId, String answer) {
        store.satisfaction(conversationId, answer);
    }

    /** The seeker's messages the holding counselor has not read yet (after its seen time or its opening). */
    public int unread(Handoff h) {
        return store.seekerMessagesAfter(h.conversationId(), h.seenAt() != null ? h.seenAt() : h.createdAt());
    }

    /** Closed handoffs with a follow-up date on or after {@code fromDate} ({@code YYYY-MM-DD}), soonest first. */
    public List<Handoff> followUps(String fromDate) {
        return store.followUps(fromDate);
    }

    /** Handoffs opened, open or finished since an instant, oldest first. */
    List<Handoff> touchedSince(Instant since) {
        return store.touchedSince(since);
    }

    /** Closed handoffs with a satisfaction answer, closed since an instant. */
    List<Handoff> ratedSince(Instant since) {
        return store.ratedSince(since);
    }
}
