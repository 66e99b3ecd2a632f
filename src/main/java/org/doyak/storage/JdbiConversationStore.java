package org.doyak.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Frame;
import org.doyak.conversation.Mode;
import org.doyak.conversation.Position;
import org.doyak.conversation.StaleConversationException;
import org.doyak.conversation.Unrecognised;
import org.doyak.conversation.UnrecognisedLog;
import org.doyak.privacy.ErasureStep;
import org.doyak.privacy.PersonalData;
import org.doyak.privacy.Retention;
import org.doyak.privacy.StoredForm;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * {@link ConversationStore} on Jdbi. A change is one short write: the conversation row, updated only if
 * its version is still the one read, and the new messages (on SQLite committed together with other
 * turns' writes, see {@link Database#write}). On a database one process owns (SQLite) the current
 * conversations are also kept in memory, so a turn reads nothing. This is the one place conversations are
 * written: texts and slots are stored in their {@link StoredForm} (identifiers masked, nothing the seeker
 * typed after declining consent); the turn's replies keep the text as typed.
 */
public final class JdbiConversationStore implements ConversationStore, UnrecognisedLog, Retention.Stale,
        ErasureStep {
    private static final int CACHED = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> SLOTS = new TypeReference<>() { };
    private static final TypeReference<List<Frame>> STACK = new TypeReference<>() { };
    private static final TypeReference<List<ChatMessage.Choice>> BUTTONS = new TypeReference<>() { };

    private final Database db;
    private final Function<String, String> notKept;
    private final Optional<ConversationCache> cache;

    /**
     * Uses the given (migrated) database; keeps conversations in memory when one process owns it.
     *
     * @param notKept by language ({@code ko}, {@code en}): what is stored instead of a seeker's message
     *     after they declined consent (the {@code not_kept} text of {@code messages.yaml})
     */
    public JdbiConversationStore(Database db, Function<String, String> notKept) {
        this.db = db;
        this.notKept = notKept;
        this.cache = db.singleProcess() ? Optional.of(new ConversationCache(CACHED)) : Optional.empty();
        db.jdbi().registerRowMapper(ConstructorMapper.factory(ConversationRow.class));
        db.jdbi().registerRowMapper(ConstructorMapper.factory(MessageRow.class));
    }

    @Override
    public void create(Conversation conversation) {
        db.write(h -> {
            h.attach(ConversationDao.class).insert(toRow(conversation, 0, conversation.createdAt(), 0));
            return null;
        });
        cache.ifPresent(c -> c.put(new Stored(conversation, 0, 0)));
    }

    @Override
    public Optional<Conversation> find(String id) {
        return load(id).map(Stored::conversation);
    }

    @Override
    public Optional<Conversation> findByExternal(String channel, String externalId) {
        return db.jdbi().withExtension(ConversationDao.class, dao -> dao.findByExternal(channel, externalId))
                .map(this::remember).map(Stored::conversation);
    }

    @Override
    public void moveTo(String id, String channel, String externalId) {
        Optional<String> retired = db.write(h -> {
            ConversationDao dao = h.attach(ConversationDao.class);
            Optional<String> holder = dao.findByExternal(channel, externalId).map(ConversationRow::id)
                    .filter(other -> !other.equals(id));
            holder.ifPresent(other -> dao.rekey(other, channel, externalId + "#" + other));
            if (dao.rekey(id, channel, externalId) == 0) {
                throw new NoSuchElementException("no conversation " + id);
            }
            return holder;
        });
        cache.ifPresent(c -> {
            c.evict(id);
            retired.ifPresent(c::evict);
        });
    }

    @Override
    public Optional<Stored> load(String id) {
        Optional<Stored> cached = cache.flatMap(c -> c.get(id));
        if (cached.isPresent()) {
            return cached;
        }
        return db.jdbi().withExtension(ConversationDao.class, dao -> dao.find(id)).map(this::remember);
    }

    @Override
    public Stored save(Stored before, Change change) {
        String id = before.conversation().id();
        Instant last = change.messages().isEmpty() ? null : change.messages().get(change.messages().size() - 1).at();
        int lastSeq = before.lastSeq() + change.messages().size();
        ConversationRow row = toRow(change.conversation(), lastSeq, last, before.version());
        try {
            db.write(h -> {
                ConversationDao dao = h.attach(ConversationDao.class);
                if (dao.update(row) == 0) {
                    throw new StaleConversationException(id);
                }
                int seq = before.lastSeq();
                Map<String, String> slots = change.conversation().slots();
                for (ChatMessage m : change.messages()) {
                    String body = StoredForm.text(m.text(), "user".equals(m.from()), slots,
                            StoredForm.declined(slots) ? notKept.apply(change.conversation().lang()) : "");
                    dao.insertMessage(new MessageRow(id, ++seq, m.from(), m.kind(), body, json(m.buttons()),
                            Timestamps.iso(m.at())));
                }
                return null;
            });
        } catch (RuntimeException e) {
            cache.ifPresent(c -> c.evict(id));
            throw e;
        }
        Stored after = new Stored(change.conversation(), before.version() + 1, lastSeq);
        cache.ifPresent(c -> c.put(after));
        return after;
    }

    @Override
    public List<ChatMessage> history(String id) {
        return db.jdbi().withExtension(ConversationDao.class, dao -> dao.messages(id)).stream()
                .map(r -> new ChatMessage(r.sender(), r.kind(), r.body(), parse(r.buttons(), BUTTONS),
                        Timestamps.parse(r.at())))
                .toList();
    }

    @Override
    public void record(Unrecognised message, Instant at) {
        if (load(message.conversationId()).map(s -> StoredForm.declined(s.conversation().slots())).orElse(false)) {
            return;
        }
        db.write(h -> {
            h.attach(ConversationDao.class).insertUnrecognised(UUID.randomUUID().toString(),
                    message.conversationId(), PersonalData.mask(message.text()), message.language(),
                    message.bestGuess(),
                    message.confidence(), Timestamps.iso(at));
            return null;
        });
    }

    @Override
    public List<String> lastActiveBefore(Instant cutoff) {
        return db.jdbi().withExtension(ConversationDao.class,
                dao -> dao.lastActiveBefore(Timestamps.iso(cutoff)));
    }

    /**
     * Deletes the conversation's messages and unrecognised-message records, clears its stored slots and unlinks
     * its channel id (a Telegram chat id), then scrubs the files ({@link Database#scrub}) so nothing erased
     * stays recoverable; its position in the flows stays.
     */
    @Override
    public void erase(String conversationId) {
        db.write(h -> {
            ConversationDao dao = h.attach(ConversationDao.class);
            dao.deleteUnrecognised(conversationId);
            dao.deleteMessages(conversationId);
            dao.forgetChannelId(conversationId);
            dao.clearSlots(conversationId);
            return null;
        });
        db.scrub();
    }

    @Override
    public void forget(String conversationId) {
        db.write(h -> {
            h.attach(ConversationDao.class).delete(conversationId);
            return null;
        });
        cache.ifPresent(c -> c.evict(conversationId));
        db.scrub();
    }

    private Stored remember(ConversationRow row) {
        Stored stored = new Stored(fromRow(row), row.version(), row.lastSeq());
        cache.ifPresent(c -> c.put(stored));
        return stored;
    }

    /** The row to write; a null {@code updatedAt} keeps the stored one (a change without messages). */
    private ConversationRow toRow(Conversation c, int lastSeq, Instant updatedAt, long version) {
        Position p = c.position();
        return new ConversationRow(c.id(), c.channel(), c.externalId(), c.tokenHash(), c.lang(), c.mode().name(),
                p.flow(), p.step(), p.retries(), json(p.stack()), json(StoredForm.slots(c.slots())),
                c.misunderstandings(), lastSeq, Timestamps.iso(c.createdAt()),
                updatedAt == null ? null : Timestamps.iso(updatedAt), version, p.stepId());
    }

    private Conversation fromRow(ConversationRow r) {
        Position position = new Position(r.flow(), r.step(), r.retries(), parse(r.stack(), STACK), r.stepId());
        return new Conversation(r.id(), r.channel(), r.externalId(), r.tokenHash(), r.lang(), Mode.valueOf(r.mode()),
                position, parse(r.slots(), SLOTS), r.misunderstandings(), Timestamps.parse(r.createdAt()));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T parse(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt stored JSON: " + e.getOriginalMessage(), e);
        }
    }
}
