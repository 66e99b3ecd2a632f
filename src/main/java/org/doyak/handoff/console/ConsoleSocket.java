package org.doyak.handoff.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.doyak.channel.web.MessageView;
import org.doyak.cluster.Fanout;
import org.doyak.conversation.ChatMessage;
import org.doyak.handoff.ConsoleSessions;
import org.doyak.handoff.Handoff;
import org.doyak.handoff.HandoffEvents;
import org.doyak.handoff.StaffAccounts;
import org.doyak.handoff.StaffMember;

/**
 * {@code WS /ws/console}: pushes {@code {"type":"handoff","handoff":{...}}} when a handoff opens or
 * changes and {@code {"type":"message","handoffId":"...","conversationId":"...","message":{...}}} for
 * every message of a handed-off conversation, and {@code {"type":"typing","handoffId":"..."}} while
 * a seeker types, to every socket of a logged-in counselor, on every instance (through a {@link Fanout}).
 * A socket without a live counselor session is closed with 4401; one from another site (Origin) with 4403.
 * Thread-safe.
 */
public final class ConsoleSocket implements HandoffEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOPIC = "console";
    /** Open sockets and the counselor each belongs to. */
    private final Map<WsContext, String> sockets = new ConcurrentHashMap<>();
    private final ConsoleSessions sessions;
    private final Fanout fanout;

    /** Accepts sockets of live sessions in {@code sessions}; pushes through {@code fanout}. */
    public ConsoleSocket(ConsoleSessions sessions, Fanout fanout) {
        this.sessions = sessions;
        this.fanout = fanout;
        fanout.receive(TOPIC, this::sendHere);
    }

    /** Adds the socket route. */
    public void register(RoutesConfig routes) {
        routes.ws("/ws/console", ws -> {
            ws.onConnect(socket -> {
                String origin = socket.header("Origin");
                if (origin != null && !ConsoleAuth.sameOrigin(origin, null, socket.header("Host"))) {
                    socket.closeSession(4403, "cross-site socket refused");
                    return;
                }
                Optional<StaffMember> counselor = sessions.find(socket.cookie(ConsoleAuth.COOKIE))
                        .filter(m -> StaffAccounts.COUNSELOR.equals(m.role()));
                if (counselor.isEmpty()) {
                    socket.closeSession(4401, "log in as a counselor first");
                    return;
                }
                socket.enableAutomaticPings();
                sockets.put(socket, counselor.get().username());
            });
            ws.onClose(sockets::remove);
            ws.onError(sockets::remove);
        });
    }

    /** The counselors with the console open on this instance now. */
    public Set<String> online() {
        return Set.copyOf(sockets.values());
    }

    /** Tells counselors that the seeker of a handoff is typing: {@code {"type":"typing","handoffId":...}}. */
    void typing(Handoff handoff) {
        send(Map.of("type", "typing", "handoffId", handoff.id(), "conversationId", handoff.conversationId()));
    }

    @Override
    public void changed(Handoff handoff) {
        send(Map.of("type", "handoff", "handoff", HandoffView.of(handoff, Map.of())));
    }

    @Override
    public void message(Handoff handoff, ChatMessage message) {
        send(Map.of("type", "message", "handoffId", handoff.id(), "conversationId", handoff.conversationId(),
                "message", MessageView.of(message)));
    }

    private void send(Map<String, Object> event) {
        try {
            fanout.publish(TOPIC, JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void sendHere(String frame) {
        for (WsContext socket : sockets.keySet()) {
            try {
                if (socket.session.isOpen()) {
                    socket.send(frame);
                }
            } catch (RuntimeException e) {
                sockets.remove(socket);
            }
        }
    }
}
