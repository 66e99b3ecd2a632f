package org.doyak.channel.web;

import io.javalin.config.RoutesConfig;

/**
 * Lets the widget call the web API from any site it is embedded on (the API's origin differs from the
 * host page's). The API authenticates with a bearer token and never with a cookie, so allowing every
 * origin, without credentials, gives a page nothing it could not do with a token it already holds.
 */
final class WebCors {
    private static final String PATHS = "/api/web/*";

    private WebCors() {
    }

    /** Adds the CORS header to every web API response and answers the browser's preflight requests. */
    static void register(RoutesConfig routes) {
        routes.before(PATHS, ctx -> ctx.header("Access-Control-Allow-Origin", "*"));
        routes.options(PATHS, ctx -> {
            ctx.header("Access-Control-Allow-Methods", "GET, POST");
            ctx.header("Access-Control-Allow-Headers", "Content-Type, Authorization");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
        });
    }
}
