package org.doyak.http;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/**
 * The HTTP server: JSON errors, bodies of at most {@value #MAX_BODY} bytes that must arrive at
 * {@value #MIN_BODY_RATE} bytes a second or faster, idle connections closed after 20 s, the static pages from
 * the classpath folder
 * {@code /public}, a bare {@code /bench/echo} route for the benchmark, and the routes of each channel.
 */
public final class HttpServer implements AutoCloseable {
    /** Largest request body accepted, in bytes; larger bodies get 413. */
    static final long MAX_BODY = 64 * 1024;
    /**
     * A request body must arrive at least this fast (bytes per second, averaged from the request's start), else
     * the read fails and the client gets 408: a sender that trickles bytes cannot hold a request thread.
     */
    static final long MIN_BODY_RATE = 256;
    /** A connection with nothing sent or received for this long is closed. */
    static final long IDLE_TIMEOUT_MS = 20_000;

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
            config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(IDLE_TIMEOUT_MS));
            // Javalin puts its handler inside the innermost wrapper: a request body is read without holding a
            // thread (EagerContentHandler) at a minimum rate, so slow senders cannot starve /health.
            config.jetty.modifyServer(server -> server.setHandler(new MinimumDataRateHandler(
                    new EagerContentHandler(), MIN_BODY_RATE, 0)));
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
        for (Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setIdleTimeout(IDLE_TIMEOUT_MS);
            }
        }
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
