package org.doyak.handoff.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.doyak.handoff.Handoff;
import org.doyak.handoff.HandoffDesk;
import org.doyak.handoff.Handoffs;
import org.doyak.handoff.SeekerSignals;

/**
 * Typing and read signals between a counselor and a seeker, never stored as messages:
 * {@code POST /api/console/handoffs/{id}/typing} shows "typing…" to the seeker, {@code POST .../seen}
 * records that the counselor read the conversation (unread count back to 0) and shows "seen" to the
 * seeker. Both only act for the counselor who holds the handoff; otherwise they answer
 * {@code {"ok":false}}. {@link #seekerTyping(String)} passes the seeker's typing to the console,
 * at most once a second per conversation. Thread-safe.
 */
public final class LiveRoutes {
    private static final long TYPING_GAP_MS = 1000;
    private static final int MAX_TRACKED = 10_000;
    private static final String BASE = "/api/console/handoffs/{id}";

    private final HandoffDesk desk;
    private final Handoffs handoffs;
    private final ConsoleSocket socket;
    private final SeekerSignals signals;
    private final Clock clock;
    private final Map<String, Long> lastTyping = new ConcurrentHashMap<>();

    /** Sends seekers' signals through {@code signals} and counselors' through {@code socket}. */
    public LiveRoutes(HandoffDesk desk, Handoffs handoffs, ConsoleSocket socket, SeekerSignals signals, Clock clock) {
        this.desk = desk;
        this.handoffs = handoffs;
        this.socket = socket;
        this.signals = signals;
        this.clock = clock;
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(BASE + "/typing", ctx -> {
            Handoff h = desk.get(ctx.pathParam("id"));
            boolean mine = holds(ctx, h);
            if (mine) {
                signals.signal(desk.conversation(h), SeekerSignals.TYPING, clock.instant().toString());
            }
            ctx.json(Map.of("ok", mine));
        });
        routes.post(BASE + "/seen", ctx -> {
            Handoff h = desk.get(ctx.pathParam("id"));
            Map<String, Object> result = new HashMap<>(Map.of("ok", holds(ctx, h)));
            if (holds(ctx, h)) {
                String at = handoffs.seen(h.id());
                signals.signal(desk.conversation(h), SeekerSignals.SEEN, at);
                result.put("seenAt", at);
            }
            ctx.json(result);
        });
    }

    /** The seeker of {@code conversationId} is typing: tells the console when the conversation is handed off. */
    public void seekerTyping(String conversationId) {
        long now = clock.millis();
        Long before = lastTyping.get(conversationId);
        if (before != null && now - before < TYPING_GAP_MS) {
            return;
        }
        if (lastTyping.size() > MAX_TRACKED) {
            lastTyping.clear();
        }
        lastTyping.put(conversationId, now);
        handoffs.openFor(conversationId).ifPresent(socket::typing);
    }

    private static boolean holds(Context ctx, Handoff h) {
        return Handoff.ACTIVE.equals(h.status()) && ConsoleAuth.member(ctx).username().equals(h.counselor());
    }
}
