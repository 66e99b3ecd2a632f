package org.doyak.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.doyak.conversation.ConversationStore;

/**
 * The most recently used conversations as last stored or read, so that a turn and the checks before it
 * need no read. An entry never goes back to an older version. Only for a database one process owns
 * (SQLite); the store's version check still guards every write. Thread-safe.
 */
final class ConversationCache {
    private final int capacity;
    private final Map<String, ConversationStore.Stored> entries;

    ConversationCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ConversationStore.Stored> eldest) {
                return size() > ConversationCache.this.capacity;
            }
        };
    }

    synchronized Optional<ConversationStore.Stored> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** Keeps {@code stored} unless a newer version of it is already kept. */
    synchronized void put(ConversationStore.Stored stored) {
        ConversationStore.Stored kept = entries.get(stored.conversation().id());
        if (kept == null || kept.version() <= stored.version()) {
            entries.put(stored.conversation().id(), stored);
        }
    }

    synchronized void evict(String id) {
        entries.remove(id);
    }
}
