package org.doyak.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Security headers on every answer: {@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy:
 * same-origin}, a Content-Security-Policy that allows scripts, styles, images, fonts and connections
 * from this server only (no inline script or style: the demo page, widget and console load theirs from
 * files), framing by this server only ({@code frame-ancestors 'self'}) and by nobody for the console,
 * admin pages and APIs ({@code 'none'}, also {@code X-Frame-Options: DENY}), and {@code Cache-Control:
 * no-store} on every route that may carry personal data ({@code /api/*}, {@code /console*},
 * {@code /admin*}, {@code /ws/*}).
 */
public final class SecurityHeaders {
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors ";

    private SecurityHeaders() {
    }

    /** Adds the headers to every answer. */
    public static void register(RoutesConfig routes) {
        routes.before(SecurityHeaders::apply);
    }

    private static void apply(Context ctx) {
        String path = ctx.path();
        boolean staffOrData = path.startsWith("/api/") || path.startsWith("/console") || path.startsWith("/admin")
                || path.startsWith("/ws/");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Content-Security-Policy", POLICY + (staffOrData ? "'none'" : "'self'"));
        ctx.header("X-Frame-Options", staffOrData ? "DENY" : "SAMEORIGIN");
        if (staffOrData) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
