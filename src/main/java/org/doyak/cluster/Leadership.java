package org.doyak.cluster;

/**
 * Elects one instance among those sharing the database for a job that must run exactly once (Telegram long
 * polling). One instance alone: {@link SoleLeadership}; several on PostgreSQL: an advisory lock, so another
 * instance takes over within seconds when the leader dies or loses the database. Thread-safe.
 */
public interface Leadership {

    /**
     * Campaigns for {@code role} until the returned campaign is closed: {@code elected} runs when this instance
     * becomes the one leader, {@code deposed} when it stops being it (it lost the database, or the campaign is
     * closed while leading). The two alternate, starting with {@code elected}, never at the same time; they
     * must be quick and must not throw.
     */
    Campaign campaign(String role, Runnable elected, Runnable deposed);

    /** A running campaign. */
    interface Campaign extends AutoCloseable {
        /** Whether this instance leads now. */
        boolean leading();

        /** Stops campaigning; a leader is deposed first. */
        @Override
        void close();
    }
}
