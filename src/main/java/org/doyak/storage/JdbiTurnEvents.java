package org.doyak.storage;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.doyak.conversation.TurnEvent;
import org.doyak.privacy.ErasureStep;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turn events on Jdbi, written off the turn's path: events queue in memory and one background thread writes
 * whatever has queued in one transaction (a few hundred at a time under load). Each event adds a row to
 * {@code turn_events}, its steps to {@code turn_steps}, and counts to the anonymous {@code daily_totals}
 * (Korean days; a conversation counts on the day of its first turn). An event still queued when the process
 * dies is lost: these are figures, not records.
 */
public final class JdbiTurnEvents implements TurnEvent.Sink, ErasureStep, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdbiTurnEvents.class);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final int BATCH = 500;
    private static final int QUEUE = 50_000;

    private final Database db;
    private final BlockingQueue<TurnEvent> queue = new LinkedBlockingQueue<>(QUEUE);
    private final Thread writer;
    private volatile boolean open = true;
    private long enqueued;
    private long done;

    /** Starts the writer thread on the given (migrated) database. */
    public JdbiTurnEvents(Database db) {
        this.db = db;
        this.writer = new Thread(this::drain, "turn-events");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void record(TurnEvent event) {
        synchronized (this) {
            if (queue.offer(event)) {
                enqueued++;
                return;
            }
        }
        LOG.warn("turn event queue full; an event was dropped");
    }

    /** Deletes the conversation's events and steps (the anonymous daily totals stay). */
    @Override
    public void erase(String conversationId) {
        db.write(h -> {
            h.createUpdate("DELETE FROM turn_steps WHERE conversation_id = :c").bind("c", conversationId).execute();
            h.createUpdate("DELETE FROM turn_events WHERE conversation_id = :c").bind("c", conversationId).execute();
            return null;
        });
    }

    /** Waits until every event recorded before this call is written (tests, shutdown). */
    public synchronized void flush() throws InterruptedException {
        long target = enqueued;
        while (done < target && writer.isAlive()) {
            wait(100);
        }
    }

    private void drain() {
        List<TurnEvent> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                TurnEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("could not write {} turn event(s): {}", batch.size(), e.toString());
            } finally {
                synchronized (this) {
                    done += batch.size();
                    notifyAll();
                }
                batch.clear();
            }
        }
    }

    private void write(List<TurnEvent> batch) {
        db.write(h -> {
            for (TurnEvent e : batch) {
                insert(h, e);
            }
            return null;
        });
    }

    private static void insert(Handle h, TurnEvent e) {
        String id = UUID.randomUUID().toString();
        String day = e.at().atZone(SEOUL).toLocalDate().toString();
        boolean first = h.createQuery("SELECT COUNT(*) FROM turn_events WHERE conversation_id = :c")
                .bind("c", e.conversationId()).mapTo(Long.class).one() == 0;
        h.createUpdate("INSERT INTO turn_events (id, conversation_id, at, day, channel, lang, intent, confidence, "
                + "fallback, handoff) VALUES (:id, :c, :at, :day, :channel, :lang, :intent, :confidence, :fallback, "
                + ":handoff)").bind("id", id).bind("c", e.conversationId()).bind("at", e.at().toString())
                .bind("day", day).bind("channel", e.channel()).bind("lang", e.lang()).bind("intent", e.intent())
                .bind("confidence", e.confidence()).bind("fallback", e.fallback() ? 1 : 0)
                .bind("handoff", e.handoff() ? 1 : 0).execute();
        List<String> steps = new ArrayList<>(e.steps());
        e.completed().forEach(flow -> steps.add(flow + "/" + TurnEvent.END));
        for (int i = 0; i < steps.size(); i++) {
            String s = steps.get(i);
            int slash = s.indexOf('/');
            h.createUpdate("INSERT INTO turn_steps (event_id, conversation_id, at, day, ord, flow, step) "
                    + "VALUES (:id, :c, :at, :day, :ord, :flow, :step)").bind("id", id).bind("c", e.conversationId())
                    .bind("at", e.at().toString())
                    .bind("day", day).bind("ord", i).bind("flow", s.substring(0, Math.max(slash, 0)))
                    .bind("step", s.substring(slash + 1)).execute();
        }
        count(h, day, e.channel(), "turns");
        if (first) {
            count(h, day, e.channel(), "conversations");
        }
        if (e.fallback()) {
            count(h, day, e.channel(), "fallbacks");
        }
        if (e.handoff()) {
            count(h, day, e.channel(), "handoffs");
        }
        e.completed().forEach(flow -> count(h, day, e.channel(), "flow_complete:" + flow));
        e.steps().stream().filter(s -> s.endsWith("/" + TurnEvent.START))
                .forEach(s -> count(h, day, e.channel(), "flow_start:" + s.substring(0, s.indexOf('/'))));
        if (e.satisfaction() != null) {
            count(h, day, e.channel(), "satisfaction:" + e.satisfaction());
        }
    }

    private static void count(Handle h, String day, String channel, String metric) {
        h.createUpdate("INSERT INTO daily_totals (day, channel, metric, total) VALUES (:day, :channel, :metric, 1) "
                + "ON CONFLICT (day, channel, metric) DO UPDATE SET total = daily_totals.total + 1")
                .bind("day", day).bind("channel", channel).bind("metric", metric).execute();
    }

    /** Writes what is queued, then stops the writer thread. */
    @Override
    public void close() {
        open = false;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
