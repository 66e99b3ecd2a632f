package org.doyak.conversation;

import java.util.function.Supplier;

/**
 * Keeps the changes of one conversation apart: while {@link #holding} runs work for a conversation, no
 * other work for the same conversation runs (in this process, and across instances where the
 * implementation says so); work for different conversations runs in parallel. The engine holds it
 * for the whole of a turn (read, understand, step, store, deliver), so turns of one conversation run
 * one after the other, in the order they got the lock.
 *
 * <p>Implementations: {@link LocalConversationLock} within one process; a database-backed one (e.g. a
 * PostgreSQL advisory lock) for several instances sharing conversations. Implementations are
 * thread-safe. The engine never nests {@code holding} for the same conversation on one thread, so an
 * implementation need not be reentrant.
 */
@FunctionalInterface
public interface ConversationLock {

    /**
     * Runs {@code work} while holding the conversation exclusively, waiting as long as another holder
     * runs; releases it however {@code work} ends.
     *
     * @return what {@code work} returned
     * @throws RuntimeException what {@code work} threw; or an implementation's own unchecked exception
     *     when the lock cannot be taken (e.g. the database is down), in which case {@code work} did not run
     */
    <T> T holding(String conversationId, Supplier<T> work);
}
