package org.doyak.cluster;

import java.util.function.Consumer;

/**
 * Passes texts to every instance of the service that shares the database, so that a push reaches a socket
 * whichever instance holds it (a counselor's answer stored by one instance, the seeker's widget connected to
 * another). One instance alone: {@link LocalFanout}; several on PostgreSQL: LISTEN/NOTIFY. Implementations are
 * thread-safe.
 */
public interface Fanout {

    /**
     * Hands {@code payload} to this instance's receiver of {@code topic} at once, on the calling thread, and to
     * the receivers of every other instance soon after; each instance gets one publisher's payloads in the
     * order they were published. Never throws: an instance that cannot be reached misses the payload (logged).
     *
     * @param topic a short name of letters, digits and dashes
     */
    void publish(String topic, String payload);

    /**
     * Sets this instance's receiver of {@code topic} (one per topic; set it before publishing starts). Receivers
     * must be quick and must not throw.
     */
    void receive(String topic, Consumer<String> receiver);
}
