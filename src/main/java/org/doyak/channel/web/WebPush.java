package org.doyak.channel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doyak.cluster.Fanout;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.Outbound;

/**
 * The widget's live connections, by conversation: pushes messages that reach a visitor outside an
 * HTTP reply (a counselor's answer, a queue update) and passing signals (the counselor typing, having
 * read). Pushes go through a {@link Fanout}, so they reach the visitor's socket whichever instance holds it.
 * Thread-safe.
 */
public final class WebPush implements Outbound {
    /** Open sockets one conversation may have at a time. */
    static final int MAX_SOCKETS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "web";
    private final Map<String, Set<WsContext>> sockets = new ConcurrentHashMap<>();
    private final Fanout fanout;

    /** Pushes through {@code fanout} and sends what it hands this instance to the sockets held here. */
    public WebPush(Fanout fanout) {
        this.fanout = fanout;
        fanout.receive(TOPIC, payload -> {
            int newline = payload.indexOf('\n');
            if (newline > 0) {
                sendHere(payload.substring(0, newline), payload.substring(newline + 1));
            }
        });
    }

    /**
     * Adds a socket of a conversation, unless it already has {@value #MAX_SOCKETS} open (a visitor needs
     * one per open tab).
     *
     * @return false when refused
     */
    boolean join(String conversationId, WsContext socket) {
        boolean[] added = {false};
        sockets.compute(conversationId, (k, set) -> {
            Set<WsContext> open = set == null ? ConcurrentHashMap.newKeySet() : set;
            if (open.size() < MAX_SOCKETS) {
                added[0] = open.add(socket);
            }
            return open.isEmpty() ? null : open;
        });
        return added[0];
    }

    void leave(String conversationId, WsContext socket) {
        sockets.computeIfPresent(conversationId, (k, set) -> {
            set.remove(socket);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * The widget's {@link Outbound}: a reply goes back in the HTTP response, so only the other messages
     * (a counselor's answer, a queue notice, the bot resuming) are pushed, in the order given.
     */
    @Override
    public void deliver(Conversation conversation, List<Outbound.Numbered> messages, boolean reply) {
        if (!reply) {
            messages.forEach(m -> push(conversation.id(), m.message()));
        }
    }

    /** Sends {@code {"type":"message","message":{...}}} to every open socket of the conversation, on any instance. */
    public void push(String conversationId, ChatMessage message) {
        send(conversationId, Map.of("type", "message", "message", MessageView.of(message)));
    }

    /**
     * Sends a passing signal, {@code {"type":"typing"|"seen","at":"..."}}, to the conversation's open sockets;
     * never throws.
     */
    public void signal(String conversationId, String type, String at) {
        try {
            send(conversationId, Map.of("type", type, "at", at));
        } catch (RuntimeException e) {
            // a signal is best effort: the next one or the next message will do
        }
    }

    private void send(String conversationId, Map<String, Object> event) {
        try {
            fanout.publish(TOPIC, conversationId + "\n" + JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sendHere(String conversationId, String frame) {
        for (WsContext socket : sockets.getOrDefault(conversationId, Set.of())) {
            try {
                if (socket.session.isOpen()) {
                    socket.send(frame);
                }
            } catch (RuntimeException e) {
                leave(conversationId, socket);
            }
        }
    }
}
