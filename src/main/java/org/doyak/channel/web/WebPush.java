package org.doyak.channel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.Outbound;

/**
 * The widget's live connections, by conversation: pushes messages that reach a visitor outside an
 * HTTP reply (a counselor's answer, a queue update) and passing signals (the counselor typing, having
 * read). Thread-safe.
 */
public final class WebPush implements Outbound {
    /** Open sockets one conversation may have at a time. */
    static final int MAX_SOCKETS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Set<WsContext>> sockets = new ConcurrentHashMap<>();

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

    /**
     * Sends {@code {"type":"message","message":{...}}} to every open socket of the conversation.
     *
     * @return how many sockets it was sent to
     */
    public int push(String conversationId, ChatMessage message) {
        return send(conversationId, Map.of("type", "message", "message", MessageView.of(message)));
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

    private int send(String conversationId, Map<String, Object> event) {
        Set<WsContext> open = sockets.getOrDefault(conversationId, Set.of());
        String frame;
        try {
            frame = JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int sent = 0;
        for (WsContext socket : open) {
            if (socket.session.isOpen()) {
                socket.send(frame);
                sent++;
            }
        }
        return sent;
    }
}
