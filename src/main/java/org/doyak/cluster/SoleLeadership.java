package org.doyak.cluster;

/** The {@link Leadership} of a single instance (SQLite): every campaign is elected at once. */
public final class SoleLeadership implements Leadership {

    @Override
    public Campaign campaign(String role, Runnable elected, Runnable deposed) {
        elected.run();
        return new Campaign() {
            private boolean leading = true;

            @Override
            public synchronized boolean leading() {
                return leading;
            }

            @Override
            public synchronized void close() {
                if (leading) {
                    leading = false;
                    deposed.run();
                }
            }
        };
    }
}
