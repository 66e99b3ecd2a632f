package org.doyak.handoff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.Handover;
import org.doyak.privacy.PersonalData;
import org.doyak.storage.Database;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The handoffs table and the queue: waiting handoffs in order of priority (highest first), then
 * waiting time (longest first). State changes are single conditional updates, so two counselors can
 * never both claim one handoff. Thread-safe.
 */
public final class Handoffs {
    /** Minutes one conversation is assumed to take, for the seeker's estimate. */
    static final int MINUTES_PER_CONVERSATION = 5;

    private final Database db;
    private final Clock clock;

    /** Uses the given (migrated) database and clock. */
    public Handoffs(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        db.jdbi().registerRowMapper(ConstructorMapper.factory(Handoff.class));
        db.jdbi().registerRowMapper(ConstructorMapper.factory(Note.class));
        db.jdbi().registerRowMapper(ConstructorMapper.factory(Callback.class));
    }

    /** The handoff with this id. */
    public Optional<Handoff> find(String id) {
        return read(dao -> dao.find(id));
    }

    /** The waiting or active handoff of a conversation, if any. */
    public Optional<Handoff> openFor(String conversationId) {
        return read(dao -> dao.open(conversationId));
    }

    /**
     * Handoffs in a status: {@code waiting} and {@code active} in queue order, {@code closed} the most
     * recently finished (closed or cancelled) first.
     */
    public List<Handoff> list(String status) {
        return Handoff.CLOSED.equals(status) ? read(HandoffDao::recentlyClosed) : read(dao -> dao.byStatus(status));
    }

    /** How many handoffs wait for a counselor. */
    public int waiting() {
        return read(HandoffDao::waiting);
    }

    /** Opens a waiting handoff for a conversation. */
    Handoff open(Conversation c, String reason, int priority, String summary) {
        Handoff h = new Handoff(UUID.randomUUID().toString(), c.id(), c.channel(), c.lang(), reason, priority,
                Handoff.WAITING, null, PersonalData.mask(summary), now(), null, null, null, null, null, null);
        write(dao -> {
            dao.insert(h);
            return null;
        });
        return h;
    }

    /** Claims a waiting handoff; false when it is no longer waiting (another counselor was first). */
    boolean claim(String id, String counselor) {
        return write(dao -> dao.claim(id, counselor, now())) == 1;
    }

    /** Hands an active handoff from one counselor to another; false when {@code from} does not hold it. */
    boolean transfer(String id, String from, String to) {
        return write(dao -> dao.transfer(id, from, to)) == 1;
    }

    /** Closes or cancels a waiting or active handoff; false when it was already finished. */
    boolean finish(String id, String status, String note) {
        return write(dao -> dao.finish(id, status, now(), PersonalData.mask(note))) == 1;
    }

    void prioritise(String id, int priority) {
        write(dao -> {
            dao.prioritise(id, priority);
            return null;
        });
    }

    /** Tells the seeker of a waiting handoff their place in the queue and the estimated wait. */
    void tellPosition(Handover handover, String handoffId, String conversationId) {
        int position = position(handoffId);
        handover.queuePosition(conversationId, position, position * MINUTES_PER_CONVERSATION);
    }

    /** 1 for the first in the queue; 0 when the handoff is not waiting. */
    int position(String id) {
        List<Handoff> waiting = list(Handoff.WAITING);
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).id().equals(id)) {
                return i + 1;
            }
        }
        return 0;
    }

    Note note(String handoffId, String author, String body) {
        Note note = new Note(author, PersonalData.mask(body), now());
        write(dao -> {
            dao.insertNote(UUID.randomUUID().toString(), handoffId, author, note.body(), note.at());
            return null;
        });
        return note;
    }

    /** A handoff's private notes, oldest first. */
    public List<Note> notes(String handoffId) {
        return read(dao -> dao.notes(handoffId));
    }

    /** Callback requests in a status ({@code open} or {@code done}), oldest first. */
    public List<Callback> callbacks(String status) {
        return read(dao -> dao.callbacks(status));
    }

    /** Marks an open callback request done; false when there is none open with this id. */
    public boolean callbackDone(String id, String by) {
        return write(dao -> dao.callbackDone(id, by)) == 1;
    }

    /** Sets the follow-up date ({@code YYYY-MM-DD}) of a handoff. */
    public void followUp(String id, String date) {
        write(dao -> {
            dao.followUp(id, date);
            return null;
        });
    }

    /** Records that the holding counselor has read the conversation up to now; returns that time. */
    public String seen(String id) {
        String at = now();
        write(dao -> {
            dao.seen(id, at);
            return null;
        });
        return at;
    }

    /** Stores a seeker's satisfaction answer on their conversation's last closed, unrated handoff. */
    void satisfaction(String conversationId, String answer) {
        write(dao -> dao.satisfaction(conversationId, answer));
    }

    /** The seeker's messages the holding counselor has not read yet (after its seen time or its opening). */
    public int unread(Handoff h) {
        String since = h.seenAt() != null ? h.seenAt() : h.createdAt();
        return read(dao -> dao.seekerMessagesAfter(h.conversationId(), since));
    }

    /** Closed handoffs with a follow-up date on or after {@code fromDate} ({@code YYYY-MM-DD}), soonest first. */
    public List<Handoff> followUps(String fromDate) {
        return read(dao -> dao.followUps(fromDate));
    }

    /** Handoffs opened, open or finished since an instant (ISO-8601), oldest first. */
    List<Handoff> touchedSince(String since) {
        return read(dao -> dao.touchedSince(since));
    }

    /** Closed handoffs with a satisfaction answer, closed since an instant (ISO-8601). */
    List<Handoff> ratedSince(String since) {
        return read(dao -> dao.ratedSince(since));
    }

    private String now() {
        return Times.iso(clock.instant());
    }

    private <T> T read(Function<HandoffDao, T> work) {
        return db.jdbi().withExtension(HandoffDao.class, work::apply);
    }

    private <T> T write(Function<HandoffDao, T> work) {
        return db.write(h -> work.apply(h.attach(HandoffDao.class)));
    }
}
