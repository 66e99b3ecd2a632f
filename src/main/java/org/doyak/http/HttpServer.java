package org.doyak.http;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The HTTP server: JSON errors, the static pages from the classpath folder
 * {@code /public}, a bare {@code /bench/echo} route for the benchmark, and the routes of each channel.
 */
public final class HttpServer implements AutoCloseable {
    /** Largest request body accepted, in bytes; larger bodies get 413. */
    static final long MAX_BODY = 64 * 1024;

    private final Javalin javalin;

    private HttpServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts the server.
     *
     * @param port the port, or 0 for any free port
     * @param modules each adds its routes
     */
    public static HttpServer start(int port, List<Consumer<RoutesConfig>> modules) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY;
            if (HttpServer.class.getResource("/public") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/public";
                    files.location = Location.CLASSPATH;
                });
            }
            RoutesConfig routes = config.routes;
            routes.post("/bench/echo", ctx -> ctx.contentType("application/json").result(ctx.body()));
            modules.forEach(m -> m.accept(routes));
            Errors.register(routes);
            routes.error(404, ctx -> {
                String body = ctx.result();
                if (ctx.path().startsWith("/api/") && (body == null || !body.startsWith("{\"error\""))) {
                    ctx.json(Map.of("error", "not found"));
                }
            });
            routes.error(413, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    ctx.json(Map.of("error", "request too large"));
                }
            });
        }).start(port);
        return new HttpServer(app);
    }

    /** The port the server listens on. */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
