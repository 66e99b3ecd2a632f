package org.doyak.conversation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * {@link ConversationLock} within one process: one fair lock per conversation, kept only while someone
 * holds or waits for it, so memory does not grow with the number of conversations. Thread-safe.
 */
public final class LocalConversationLock implements ConversationLock {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public <T> T holding(String conversationId, Supplier<T> work) {
        Entry entry = entries.compute(conversationId, (id, e) -> {
            Entry held = e == null ? new Entry() : e;
            held.users++;
            return held;
        });
        entry.lock.lock();
        try {
            return work.get();
        } finally {
            entry.lock.unlock();
            entries.computeIfPresent(conversationId, (id, e) -> --e.users == 0 ? null : e);
        }
    }

    /** A lock and how many threads hold or wait for it; {@code users} changes only inside {@code compute}. */
    private static final class Entry {
        private final ReentrantLock lock = new ReentrantLock(true);
        private int users;
    }
}
