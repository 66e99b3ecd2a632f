package org.doyak.storage;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.doyak.channel.telegram.TelegramStore;
import org.doyak.privacy.ErasureStep;

/** {@link TelegramStore} on Jdbi; its erasure step removes a conversation's link codes. */
public final class JdbiTelegramStore implements TelegramStore, ErasureStep {
    private final Database db;

    /** Uses the given (migrated) database. */
    public JdbiTelegramStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean claimUpdate(String botId, long updateId, Instant at) {
        return write(dao -> dao.claimUpdate(botId, updateId, Timestamps.iso(at))) == 1;
    }

    @Override
    public void releaseUpdate(String botId, long updateId) {
        write(dao -> {
            dao.releaseUpdate(botId, updateId);
            return null;
        });
    }

    @Override
    public void forgetUpdates(Instant cutoff) {
        write(dao -> dao.forgetUpdates(Timestamps.iso(cutoff)));
    }

    @Override
    public void keepCallback(String key, String payload) {
        write(dao -> {
            dao.keepCallback(key, payload);
            return null;
        });
    }

    @Override
    public Optional<String> callback(String key) {
        return db.jdbi().withExtension(TelegramDao.class, dao -> dao.callback(key));
    }

    @Override
    public void insertLink(String codeHash, String conversationId, Instant expiresAt, Instant now) {
        write(dao -> {
            dao.forgetLinks(Timestamps.iso(now));
            dao.insertLink(codeHash, conversationId, Timestamps.iso(expiresAt));
            return null;
        });
    }

    @Override
    public Optional<String> redeemLink(String codeHash, Instant now) {
        return write(dao -> dao.useLink(codeHash, Timestamps.iso(now)) == 1 ? dao.linkedConversation(codeHash)
                : Optional.<String>empty());
    }

    @Override
    public Optional<String> setting(String name) {
        return db.jdbi().withExtension(TelegramDao.class, dao -> dao.setting(name));
    }

    @Override
    public void putSetting(String name, String value) {
        write(dao -> {
            dao.deleteSetting(name);
            dao.insertSetting(name, value);
            return null;
        });
    }

    @Override
    public void erase(String conversationId) {
        write(dao -> {
            dao.deleteLinks(conversationId);
            return null;
        });
    }

    private <T> T write(Function<TelegramDao, T> work) {
        return db.write(h -> work.apply(h.attach(TelegramDao.class)));
    }
}
