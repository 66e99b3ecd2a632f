package org.doyak.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.doyak.cluster.Fanout;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Fanout} across instances on one PostgreSQL database through LISTEN/NOTIFY on channel
 * {@value #CHANNEL}. A payload is delivered here at once and sent to the others as notifications (in pieces of
 * at most {@value #PIECE} characters, under the server's 8,000-byte limit, all in one transaction so they arrive
 * together and in order); each instance skips its own. Every instance keeps one connection that listens; when
 * it is lost the listener reconnects (what was published meanwhile is missed; widgets sync when their socket
 * reconnects). Nothing is stored. Thread-safe; close it once.
 */
public final class PostgresFanout implements Fanout, AutoCloseable {
    static final String CHANNEL = "doyak_fanout";
    /** Characters per notification: at most 3 bytes each in UTF-8, plus a header, stays under 8,000 bytes. */
    static final int PIECE = 2400;
    private static final Logger LOG = LoggerFactory.getLogger(PostgresFanout.class);
    private static final Duration RECONNECT = Duration.ofSeconds(2);

    private final String origin = UUID.randomUUID().toString();
    private final Database db;
    private final HikariDataSource listening;
    private final Map<String, Consumer<String>> receivers = new ConcurrentHashMap<>();
    private final Pieces pieces = new Pieces();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread listener;
    private volatile boolean closed;

    /** Starts listening; returns once the listener is in place (or after 10 s, logged, if the server is slow). */
    PostgresFanout(Database db) {
        this.db = db;
        HikariConfig config = new HikariConfig();
        db.serverSettings().copyStateTo(config);
        config.setPoolName("doyak-listen");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(0);
        this.listening = new HikariDataSource(config);
        this.listener = new Thread(this::listen, "doyak-fanout");
        listener.setDaemon(true);
        listener.start();
        try {
            if (!ready.await(10, TimeUnit.SECONDS)) {
                LOG.warn("not yet listening for other instances' pushes; still trying");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void publish(String topic, String payload) {
        deliver(topic, payload);
        List<String> notes = pieces.split(origin, topic, payload);
        try {
            db.write(h -> {
                try (PreparedStatement notify = h.getConnection().prepareStatement("SELECT pg_notify(?, ?)")) {
                    for (String note : notes) {
                        notify.setString(1, CHANNEL);
                        notify.setString(2, note);
                        notify.execute();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not pass a '{}' push to the other instances: {}", topic, e.getMessage());
        }
    }

    @Override
    public void receive(String topic, Consumer<String> receiver) {
        receivers.put(topic, receiver);
    }

    @Override
    public void close() {
        closed = true;
        listener.interrupt();
        listening.close();
    }

    private void deliver(String topic, String payload) {
        Consumer<String> receiver = receivers.get(topic);
        if (receiver == null) {
            return;
        }
        try {
            receiver.accept(payload);
        } catch (RuntimeException e) {
            LOG.warn("a '{}' push failed here: {}", topic, e.toString());
        }
    }

    private void listen() {
        boolean lost = false;
        while (!closed) {
            try (Connection connection = listening.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                if (lost) {
                    LOG.info("listening for other instances' pushes again");
                }
                ready.countDown();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    for (PGNotification note : notes == null ? new PGNotification[0] : notes) {
                        pieces.join(origin, note.getParameter()).ifPresent(w -> deliver(w.topic(), w.payload()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                lost = true;
                LOG.warn("lost the connection that hears other instances' pushes ({}); pushes from them are missed"
                        + " until it is back", e.getMessage());
                try {
                    Thread.sleep(RECONNECT.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
