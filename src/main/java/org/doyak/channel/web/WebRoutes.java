package org.doyak.channel.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Consumer;
import org.doyak.content.SeekerRecords;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Engine;
import org.doyak.conversation.Inbound;
import org.doyak.conversation.Refusal;
import org.doyak.http.EmbedOrigins;
import org.doyak.http.JsonBodies;

/**
 * The web widget's API (see the contracts): sessions, messages, history and the push socket. Every
 * check runs before anything is stored, so a refused request changes nothing.
 */
public final class WebRoutes {
    /** The channel name stored with web conversations. */
    public static final String CHANNEL = "web";
    private static final int MAX_PAYLOAD = 256;
    private static final String TYPING_FRAME = "{\"type\":\"typing\"}";

    private final Engine engine;
    private final ConversationStore store;
    private final WebPush push;
    private final Consumer<String> typing;
    private final EmbedOrigins origins;
    private final WebLimits limits;
    private final SeekerRecords records;

    /**
     * Wires the routes to the engine, the store (for history and tokens) and the push hub; {@code typing}
     * hears the conversation id each time a visitor's socket sends {@code {"type":"typing"}}; only
     * {@code origins} may call the API from a browser or open a socket; {@code limits} refuse floods;
     * {@code records} give the export of a visitor's data.
     */
    public WebRoutes(Engine engine, ConversationStore store, WebPush push, Consumer<String> typing,
            EmbedOrigins origins, WebLimits limits, SeekerRecords records) {
        this.records = records;
        this.origins = origins;
        this.limits = limits;
        this.engine = engine;
        this.store = store;
        this.push = push;
        this.typing = typing;
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        WebCors.register(routes, origins);
        routes.post("/api/web/sessions", this::createSession);
        routes.post("/api/web/sessions/{id}/messages", this::postMessage);
        routes.get("/api/web/sessions/{id}/messages", ctx -> ctx.json(MessageView.list(
                store.history(authorized(ctx.pathParam("id"), bearer(ctx)).id()))));
        routes.get("/api/web/sessions/{id}/export", this::export);
        routes.ws("/ws/web/{id}", ws -> {
            ws.onConnect(socket -> {
                String id = socket.pathParam("id");
                String token = socket.queryParam("token");
                boolean ok = token != null && store.find(id).filter(c -> Tokens.matches(token, c.tokenHash()))
                        .isPresent();
                String origin = socket.header("Origin");
                if (origin != null && !origins.allows(origin, socket.header("Host"))) {
                    socket.closeSession(4403, "origin not allowed");
                    return;
                }
                if (!ok) {
                    socket.closeSession(4401, "unauthorized");
                    return;
                }
                if (!push.join(id, socket)) {
                    socket.closeSession(4429, "too many connections for this session");
                    return;
                }
                socket.enableAutomaticPings();
            });
            ws.onMessage(socket -> {
                if (TYPING_FRAME.equals(socket.message().replaceAll("\\s", ""))) {
                    typing.accept(socket.pathParam("id"));
                }
            });
            ws.onClose(socket -> push.leave(socket.pathParam("id"), socket));
            ws.onError(socket -> push.leave(socket.pathParam("id"), socket));
        });
    }

    private void createSession(Context ctx) {
        JsonNode body = JsonBodies.object(ctx);
        String lang = body.path("lang").asText("ko");
        JsonNode center = body.path("center");
        if (!center.isMissingNode() && !center.isNull() && !center.isTextual()) {
            throw new Refusal(Refusal.Kind.INVALID, "\"center\" must be a center id (a string)");
        }
        limits.sessionCreated(ctx);
        String token = Tokens.newToken();
        Conversation conversation = engine.open(CHANNEL, null, lang, Tokens.hash(token), center.asText("").strip());
        ctx.status(201).json(Map.of("sessionId", conversation.id(), "token", token));
    }

    private void postMessage(Context ctx) {
        Conversation conversation = authorized(ctx.pathParam("id"), bearer(ctx));
        JsonNode body = JsonBodies.object(ctx);
        JsonNode text = body.get("text");
        JsonNode payload = body.get("payload");
        if ((text == null) == (payload == null)) {
            throw new Refusal(Refusal.Kind.INVALID, "send either \"text\" or \"payload\"");
        }
        Inbound inbound;
        if (text != null) {
            if (!text.isTextual() || text.asText().isBlank()) {
                throw new Refusal(Refusal.Kind.INVALID, "\"text\" must be a non-empty string");
            }
            if (text.asText().length() > Inbound.MAX_TEXT) {
                throw new Refusal(Refusal.Kind.TOO_LARGE, "text is longer than " + Inbound.MAX_TEXT + " characters");
            }
            inbound = Inbound.text(text.asText());
        } else {
            if (!payload.isTextual() || payload.asText().isBlank() || payload.asText().length() > MAX_PAYLOAD) {
                throw new Refusal(Refusal.Kind.INVALID,
                        "\"payload\" must be a non-empty string of at most " + MAX_PAYLOAD);
            }
            inbound = Inbound.payload(payload.asText());
        }
        limits.message(ctx, conversation.id(), text != null ? text.asText().length() : payload.asText().length());
        ctx.json(MessageView.list(engine.handle(conversation.id(), inbound)));
    }

    /** Everything kept about the visitor, as a JSON download (never cached: see the security headers). */
    private void export(Context ctx) {
        Conversation c = authorized(ctx.pathParam("id"), bearer(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"doyak-my-data.json\"");
        ctx.json(ExportView.of(c.id(), records.export(c.id(), c.channel(), c.lang(), c.createdAt().toString(),
                c.slots()), store.history(c.id())));
    }

    private Conversation authorized(String id, String token) {
        Conversation conversation = store.find(id).filter(c -> CHANNEL.equals(c.channel()))
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown session"));
        if (token == null || !Tokens.matches(token, conversation.tokenHash())) {
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "missing or wrong token");
        }
        return conversation;
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : null;
    }
}
