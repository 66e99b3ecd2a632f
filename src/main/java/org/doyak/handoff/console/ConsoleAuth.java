package org.doyak.handoff.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.doyak.conversation.Refusal;
import org.doyak.handoff.ConsoleSessions;
import org.doyak.handoff.StaffAccounts;
import org.doyak.handoff.StaffMember;
import org.doyak.http.ClientAddress;
import org.doyak.http.JsonBodies;

/**
 * Staff login and the guard in front of {@code /api/console/*} (counselor role) and {@code /api/admin/*}
 * (admin role): no live session 401, another role 403, and a state-changing request (login included)
 * whose {@code Origin} (or else {@code Referer}) is not this server 403. The session is an HttpOnly,
 * SameSite=Strict cookie, Secure when the request came over HTTPS.
 */
public final class ConsoleAuth {
    /** The session cookie's name. */
    public static final String COOKIE = "doyak_staff";
    private static final String MEMBER = "doyak.staff";
    private static final int MAX_NAME = 200;
    private static final String LOGIN = "/api/console/login";
    private static final Set<String> ANY_ROLE = Set.of("/api/console/logout", "/api/console/me");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final StaffAccounts staff;
    private final ConsoleSessions sessions;
    private final boolean behindProxy;

    /** Checks passwords against {@code staff} and keeps sessions in {@code sessions}. */
    public ConsoleAuth(StaffAccounts staff, ConsoleSessions sessions, boolean behindProxy) {
        this.staff = staff;
        this.sessions = sessions;
        this.behindProxy = behindProxy;
    }

    /** Adds the guard and the login, logout and me routes. */
    public void register(RoutesConfig routes) {
        routes.before("/api/console/*", ctx -> guard(ctx, StaffAccounts.COUNSELOR));
        routes.before("/api/admin/*", ctx -> guard(ctx, StaffAccounts.ADMIN));
        routes.post(LOGIN, this::login);
        routes.post("/api/console/logout", ctx -> {
            sessions.end(ctx.cookie(COOKIE));
            ctx.removeCookie(COOKIE, "/");
            ctx.json(Map.of("ok", true));
        });
        routes.get("/api/console/me", ctx -> ctx.json(member(ctx)));
    }

    /** The logged-in staff member of a request that passed the guard. */
    public static StaffMember member(Context ctx) {
        return ctx.attribute(MEMBER);
    }

    /** Whether an Origin or Referer names this very server ({@code host} is the request's Host header). */
    static boolean sameOrigin(String origin, String referer, String host) {
        String claimed = origin != null && !origin.isBlank() && !"null".equals(origin) ? origin : referer;
        if (claimed == null || host == null) {
            return false;
        }
        try {
            String authority = URI.create(claimed.strip()).getAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void guard(Context ctx, String role) {
        if (!LOGIN.equals(ctx.path())) {
            StaffMember m = sessions.find(ctx.cookie(COOKIE))
                    .orElseThrow(() -> new Refusal(Refusal.Kind.UNAUTHENTICATED, "log in first"));
            if (!role.equals(m.role()) && !ANY_ROLE.contains(ctx.path())) {
                throw new Refusal(Refusal.Kind.FORBIDDEN, "this needs the " + role + " role");
            }
            ctx.attribute(MEMBER, m);
        }
        if (!SAFE.contains(ctx.method()) && !sameOrigin(ctx.header("Origin"), ctx.header("Referer"),
                ctx.header("Host"))) {
            throw new Refusal(Refusal.Kind.FORBIDDEN,
                    "cross-site request refused (Origin or Referer must be this server)");
        }
    }

    private void login(Context ctx) {
        JsonNode body = JsonBodies.object(ctx);
        String username = body.path("username").asText("");
        char[] password = body.path("password").asText("").toCharArray();
        if (username.length() > MAX_NAME) {
            throw new Refusal(Refusal.Kind.UNAUTHENTICATED, "wrong username or password");
        }
        StaffAccounts.Login login = staff.login(username, password, ClientAddress.of(ctx, behindProxy));
        if (login.retryAfter().isPresent()) {
            throw new Refusal(Refusal.Kind.TOO_MANY, "too many wrong passwords; wait a little and try again",
                    OptionalLong.of(Math.max(1, (login.retryAfter().get().toMillis() + 999) / 1000)));
        }
        StaffMember m = login.member()
                .orElseThrow(() -> new Refusal(Refusal.Kind.UNAUTHENTICATED, "wrong username or password"));
        Cookie cookie = new Cookie(COOKIE, sessions.start(m.username()), "/",
                (int) ConsoleSessions.TTL.toSeconds(), isHttps(ctx), true);
        cookie.setSameSite(SameSite.STRICT);
        ctx.cookie(cookie);
        ctx.json(m);
    }

    /** Whether the browser reached us over HTTPS: directly, or through a proxy that says so in either header. */
    static boolean isHttps(Context ctx) {
        if ("https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) {
            return true;
        }
        String forwarded = ctx.header("Forwarded");
        return forwarded != null && forwarded.toLowerCase(Locale.ROOT).replace(" ", "")
                .matches("(?s).*(^|[;,])proto=\"?https\"?([;,].*|$)");
    }
}
