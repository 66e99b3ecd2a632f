package org.doyak.channel.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.doyak.http.EmbedOrigins;

/**
 * Lets the widget call the web API from the sites allowed to embed it ({@code DOYAK_EMBED_ORIGINS}) and
 * from no other: an allowed {@code Origin} is echoed in {@code Access-Control-Allow-Origin} (with
 * {@code Vary: Origin}, and {@code Retry-After} exposed, so the widget can wait as long as a 429 or 503 asks); any
 * other gets no CORS header, so the browser keeps the answer from the page.
 * The API authenticates with a bearer token, never a cookie, so no credentials are allowed.
 */
final class WebCors {
    private static final String PATHS = "/api/web/*";

    private WebCors() {
    }

    /** Adds the CORS headers to every web API answer and answers the browser's preflight requests. */
    static void register(RoutesConfig routes, EmbedOrigins origins) {
        routes.before(PATHS, ctx -> allow(ctx, origins));
        routes.options(PATHS, ctx -> {
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
        });
    }

    private static void allow(Context ctx, EmbedOrigins origins) {
        String origin = ctx.header("Origin");
        ctx.header("Vary", "Origin");
        if (origins.allows(origin, ctx.header("Host"))) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Expose-Headers", "Retry-After");
        }
    }
}
