package org.doyak.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.doyak.handoff.Callback;
import org.doyak.handoff.Handoff;
import org.doyak.handoff.HandoffQuery;
import org.doyak.handoff.HandoffStore;
import org.doyak.handoff.Note;
import org.doyak.privacy.ErasureStep;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** {@link HandoffStore} on Jdbi; its erasure step removes a conversation's handoffs, notes and callback requests. */
public final class JdbiHandoffStore implements HandoffStore, ErasureStep {
    private final Database db;

    /** Uses the given (migrated) database. */
    public JdbiHandoffStore(Database db) {
        this.db = db;
        db.jdbi().registerRowMapper(ConstructorMapper.factory(Handoff.class));
        db.jdbi().registerRowMapper(ConstructorMapper.factory(Note.class));
        db.jdbi().registerRowMapper(ConstructorMapper.factory(Callback.class));
    }

    @Override
    public Handoff open(String conversationId, String channel, String lang, String reason, int priority,
            String summary, Instant at, String center) {
        Handoff h = new Handoff(UUID.randomUUID().toString(), conversationId, channel, lang, reason, priority,
                Handoff.WAITING, null, summary, Timestamps.iso(at), null, null, null, null, null, null, center);
        write(dao -> {
            dao.insert(h);
            return null;
        });
        return h;
    }

    @Override
    public Optional<Handoff> find(String id) {
        return read(dao -> dao.find(id));
    }

    @Override
    public Optional<Handoff> open(String conversationId) {
        return read(dao -> dao.open(conversationId));
    }

    @Override
    public List<Handoff> byStatus(String status) {
        return read(dao -> dao.byStatus(status));
    }

    @Override
    public List<Handoff> recentlyClosed() {
        return read(HandoffDao::recentlyClosed);
    }

    @Override
    public boolean claim(String id, String counselor, Instant at) {
        return write(dao -> dao.claim(id, counselor, Timestamps.iso(at))) == 1;
    }

    @Override
    public boolean transfer(String id, String from, String to) {
        return write(dao -> dao.transfer(id, from, to)) == 1;
    }

    @Override
    public boolean moveToCenter(String id, String center, String by) {
        return write(dao -> dao.moveToCenter(id, center, by)) == 1;
    }

    @Override
    public boolean finish(String id, String status, Instant at, String note) {
        return write(dao -> dao.finish(id, status, Timestamps.iso(at), note)) == 1;
    }

    @Override
    public void prioritise(String id, int priority) {
        write(dao -> {
            dao.prioritise(id, priority);
            return null;
        });
    }

    @Override
    public Note note(String handoffId, String author, String body, Instant at) {
        Note note = new Note(author, body, Timestamps.iso(at));
        write(dao -> {
            dao.insertNote(UUID.randomUUID().toString(), handoffId, author, body, note.at());
            return null;
        });
        return note;
    }

    @Override
    public List<Note> notes(String handoffId) {
        return read(dao -> dao.notes(handoffId));
    }

    @Override
    public void insertCallback(String conversationId, String contact, String window, String lang, Instant at,
            String center) {
        write(dao -> {
            dao.insertCallback(UUID.randomUUID().toString(), conversationId, contact, window, lang,
                    Timestamps.iso(at), center);
            return null;
        });
    }

    @Override
    public List<Callback> callbacks(String status) {
        return read(dao -> dao.callbacks(status));
    }

    @Override
    public boolean callbackDone(String id, String by) {
        return write(dao -> dao.callbackDone(id, by)) == 1;
    }

    @Override
    public int waiting() {
        return read(HandoffDao::waiting);
    }

    @Override
    public void followUp(String id, String date) {
        write(dao -> {
            dao.followUp(id, date);
            return null;
        });
    }

    @Override
    public String seen(String id, Instant at) {
        String stored = Timestamps.iso(at);
        write(dao -> {
            dao.seen(id, stored);
            return null;
        });
        return stored;
    }

    @Override
    public boolean satisfaction(String conversationId, String answer) {
        return write(dao -> dao.satisfaction(conversationId, answer)) == 1;
    }

    @Override
    public int seekerMessagesAfter(String conversationId, String since) {
        return read(dao -> dao.seekerMessagesAfter(conversationId, since));
    }

    @Override
    public List<Handoff> followUps(String fromDate) {
        return read(dao -> dao.followUps(fromDate));
    }

    @Override
    public List<Handoff> touchedSince(Instant since) {
        return read(dao -> dao.touchedSince(Timestamps.iso(since)));
    }

    @Override
    public List<Handoff> ratedSince(Instant since) {
        return read(dao -> dao.ratedSince(Timestamps.iso(since)));
    }

    @Override
    public List<Handoff> finished(HandoffQuery query) {
        return db.jdbi().withHandle(h -> FinishedHandoffs.find(h, query));
    }

    @Override
    public void erase(String conversationId) {
        write(dao -> {
            dao.deleteCallbacks(conversationId);
            dao.deleteNotes(conversationId);
            dao.deleteHandoffs(conversationId);
            return null;
        });
    }

    private <T> T read(Function<HandoffDao, T> work) {
        return db.jdbi().withExtension(HandoffDao.class, work::apply);
    }

    private <T> T write(Function<HandoffDao, T> work) {
        return db.write(h -> work.apply(h.attach(HandoffDao.class)));
    }
}
