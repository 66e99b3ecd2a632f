package org.doyak.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.OptionalLong;
import org.doyak.channel.web.Tokens;
import org.doyak.channel.web.WebRoutes;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Refusal;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The channel's HTTP routes.
 * <ul>
 *   <li>{@code POST /telegram/webhook} (webhook mode only): 401 without the right
 *       {@code X-Telegram-Bot-Api-Secret-Token}, 400 for a body that is not an update, 200 once the update is
 *       handled (or was a duplicate), 500 when it could not be (Telegram then delivers it again);</li>
 *   <li>{@code POST /api/web/sessions/{id}/telegram-link} with the widget's {@code Authorization: Bearer
 *       TOKEN}: 200 {@code {"url":"https://t.me/BOT?start=CODE","expiresAt":"..."}}, a one-time link that
 *       carries the conversation to Telegram; 404 unknown session, 401 wrong token, 503 when Telegram
 *       cannot tell the bot's name right now.</li>
 * </ul>
 */
final class TelegramRoutes {
    private static final long RETRY_SECONDS = 30;
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final UpdateHandler handler;
    private final ConversationStore store;
    private final LinkCodes links;
    private final BotName botName;
    private final byte[] secret;

    /** @param secret the webhook secret, or null in long-polling mode (no webhook route) */
    TelegramRoutes(UpdateHandler handler, ConversationStore store, LinkCodes links, BotName botName, String secret) {
        this.handler = handler;
        this.store = store;
        this.links = links;
        this.botName = botName;
        this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    void register(RoutesConfig routes) {
        if (secret != null) {
            routes.post("/telegram/webhook", this::webhook);
        }
        routes.post("/api/web/sessions/{id}/telegram-link", this::link);
    }

    private void webhook(Context ctx) throws Exception {
        String given = ctx.header(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret)) {
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "missing or wrong " + SECRET_HEADER);
        }
        Update update = JSON.readValue(ctx.body(), Update.class);
        if (update == null) {
            throw new Refusal(Refusal.Kind.INVALID, "the body must be a Telegram update");
        }
        handler.handle(update);
        ctx.json(Map.of("ok", true));
    }

    private void link(Context ctx) {
        Conversation conversation = store.find(ctx.pathParam("id"))
                .filter(c -> WebRoutes.CHANNEL.equals(c.channel()))
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown session"));
        String header = ctx.header("Authorization");
        String token = header != null && header.startsWith("Bearer ") ? header.substring(7).trim() : null;
        if (token == null || !Tokens.matches(token, conversation.tokenHash())) {
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "missing or wrong token");
        }
        String name;
        try {
            name = botName.get();
        } catch (TelegramApiException e) {
            throw new Refusal(Refusal.Kind.UNAVAILABLE, "Telegram cannot be reached right now; try again shortly",
                    OptionalLong.of(RETRY_SECONDS));
        }
        LinkCodes.Issued issued = links.issue(conversation.id());
        ctx.json(Map.of("url", "https://t.me/" + name + "?start=" + issued.code(),
                "expiresAt", issued.expiresAt().toString()));
    }
}
