package org.doyak.storage;

import org.doyak.cluster.Fanout;
import org.doyak.cluster.Leadership;
import org.doyak.cluster.LocalFanout;
import org.doyak.cluster.SoleLeadership;
import org.doyak.conversation.ConversationLock;
import org.doyak.conversation.LocalConversationLock;

/**
 * What instances sharing a database need from it: the per-conversation lock, pushes to every instance and the
 * election of one instance for single jobs. On SQLite (one instance) all three are in-process; on PostgreSQL
 * they are advisory locks and LISTEN/NOTIFY. Close it before the database.
 *
 * @param lock the lock that keeps turns of one conversation apart
 * @param fanout pushes to every instance's sockets
 * @param leadership elects one instance (Telegram long polling)
 */
public record Cluster(ConversationLock lock, Fanout fanout, Leadership leadership) implements AutoCloseable {

    /** The parts for {@code db}; on PostgreSQL this starts listening for other instances. */
    public static Cluster on(Database db) {
        return db.advisoryLocks().map(locks -> new Cluster(new PostgresConversationLock(locks),
                new PostgresFanout(db), new AdvisoryLeadership(locks)))
                .orElseGet(() -> new Cluster(new LocalConversationLock(), new LocalFanout(), new SoleLeadership()));
    }

    @Override
    public void close() {
        if (fanout instanceof PostgresFanout listening) {
            listening.close();
        }
        if (leadership instanceof AdvisoryLeadership campaigns) {
            campaigns.close();
        }
    }
}
