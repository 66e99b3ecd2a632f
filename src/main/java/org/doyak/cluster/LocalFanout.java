package org.doyak.cluster;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The {@link Fanout} of a single instance (SQLite): payloads go straight to this instance's receivers. */
public final class LocalFanout implements Fanout {
    private final Map<String, Consumer<String>> receivers = new ConcurrentHashMap<>();

    @Override
    public void publish(String topic, String payload) {
        Consumer<String> receiver = receivers.get(topic);
        if (receiver != null) {
            receiver.accept(payload);
        }
    }

    @Override
    public void receive(String topic, Consumer<String> receiver) {
        receivers.put(topic, receiver);
    }
}
