package org.doyak.storage;

import java.util.function.Supplier;
import org.doyak.conversation.ConversationLock;
import org.doyak.conversation.LocalConversationLock;

/**
 * {@link ConversationLock} across instances sharing one PostgreSQL database (as Tock's {@code UserLock}): a
 * session-level advisory lock keyed by a hash of the conversation id, taken after this process's own lock for
 * the conversation (so threads of one instance queue in memory and hold at most one database connection per
 * conversation). Turns of one conversation run one at a time whichever instance takes them. Thread-safe.
 */
public final class PostgresConversationLock implements ConversationLock {
    private static final String SPACE = "conversation";

    private final LocalConversationLock local = new LocalConversationLock();
    private final AdvisoryLocks locks;

    /** Uses the database's advisory locks. */
    public PostgresConversationLock(AdvisoryLocks locks) {
        this.locks = locks;
    }

    @Override
    public <T> T holding(String conversationId, Supplier<T> work) {
        return local.holding(conversationId, () -> locks.holding(AdvisoryLocks.key(SPACE, conversationId), work));
    }
}
