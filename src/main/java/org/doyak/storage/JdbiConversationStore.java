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
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Frame;
import org.doyak.conversation.Mode;
import org.doyak.conversation.Position;
import org.doyak.conversation.Unrecognised;
import org.doyak.conversation.UnrecognisedLog;
import org.doyak.privacy.Retention;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** {@link ConversationStore} on Jdbi. A turn is one write transaction: state and messages commit together. */
public final class JdbiConversationStore implements ConversationStore, UnrecognisedLog, Retention.Stale {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> SLOTS = new TypeReference<>() { };
    private static final TypeReference<List<Frame>> STACK = new TypeReference<>() { };
    private static final TypeReference<List<ChatMessage.Choice>> BUTTONS = new TypeReference<>() { };

    private final Database db;

    /** Uses the given (migrated) database. */
    public JdbiConversationStore(Database db) {
        this.db = db;
        db.jdbi().registerRowMapper(ConstructorMapper.factory(ConversationRow.class));
        db.jdbi().registerRowMapper(ConstructorMapper.factory(MessageRow.class));
    }

    @Override
    public void create(Conversation conversation) {
        db.write(h -> {
            h.attach(ConversationDao.class).insert(toRow(conversation, 0, conversation.createdAt()));
            return null;
        });
    }

    @Override
    public Optional<Conversation> find(String id) {
        return db.jdbi().withExtension(ConversationDao.class, dao -> dao.find(id)).map(this::fromRow);
    }

    @Override
    public Optional<Conversation> findByExternal(String channel, String externalId) {
        return db.jdbi().withExtension(ConversationDao.class, dao -> dao.findByExternal(channel, externalId))
                .map(this::fromRow);
    }

    @Override
    public void moveTo(String id, String channel, String externalId) {
        db.write(h -> {
            ConversationDao dao = h.attach(ConversationDao.class);
            dao.findByExternal(channel, externalId).filter(holder -> !holder.id().equals(id))
                    .ifPresent(holder -> dao.rekey(holder.id(), channel, externalId + "#" + holder.id()));
            if (dao.rekey(id, channel, externalId) == 0) {
                throw new NoSuchElementException("no conversation " + id);
            }
            return null;
        });
    }

    @Override
    public Change turn(String id, TurnWork work) {
        return db.write(h -> {
            ConversationDao dao = h.attach(ConversationDao.class);
            ConversationRow row = dao.find(id).orElseThrow(() -> new NoSuchElementException("no conversation " + id));
            Change change = work.apply(fromRow(row));
            int seq = row.lastSeq();
            Instant last = Instant.parse(row.updatedAt());
            for (ChatMessage m : change.messages()) {
                seq++;
                last = m.at();
                dao.insertMessage(new MessageRow(id, seq, m.from(), m.kind(), m.text(), json(m.buttons()),
                        m.at().toString()));
            }
            dao.update(toRow(change.conversation(), seq, last));
            return change;
        });
    }

    @Override
    public List<ChatMessage> history(String id) {
        return db.jdbi().withExtension(ConversationDao.class, dao -> dao.messages(id)).stream()
                .map(r -> new ChatMessage(r.sender(), r.kind(), r.body(), parse(r.buttons(), BUTTONS),
                        Instant.parse(r.at())))
                .toList();
    }

    @Override
    public void record(Unrecognised message, Instant at) {
        db.write(h -> {
            h.attach(ConversationDao.class).insertUnrecognised(UUID.randomUUID().toString(),
                    message.conversationId(), message.text(), message.language(), message.bestGuess(),
                    message.confidence(), at.toString());
            return null;
        });
    }

    @Override
    public List<String> lastActiveBefore(Instant cutoff) {
        return db.jdbi().withExtension(ConversationDao.class, dao -> dao.lastActiveBefore(cutoff.toString()));
    }

    @Override
    public void forget(String conversationId) {
        db.write(h -> {
            h.attach(ConversationDao.class).delete(conversationId);
            return null;
        });
    }

    private ConversationRow toRow(Conversation c, int lastSeq, Instant updatedAt) {
        Position p = c.position();
        return new ConversationRow(c.id(), c.channel(), c.externalId(), c.tokenHash(), c.lang(), c.mode().name(),
                p.flow(), p.step(), p.retries(), json(p.stack()), json(c.slots()), c.misunderstandings(), lastSeq,
                c.createdAt().toString(), updatedAt.toString());
    }

    private Conversation fromRow(ConversationRow r) {
        Position position = new Position(r.flow(), r.step(), r.retries(), parse(r.stack(), STACK));
        return new Conversation(r.id(), r.channel(), r.externalId(), r.tokenHash(), r.lang(), Mode.valueOf(r.mode()),
                position, parse(r.slots(), SLOTS), r.misunderstandings(), Instant.parse(r.createdAt()));
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
