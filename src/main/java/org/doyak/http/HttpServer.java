package org.doyak.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.doyak.storage.StorageUnavailable;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: JSON errors, the static pages from the classpath folder
 * {@code /public}, a bare {@code /bench/echo} route for the benchmark, and the routes of each channel.
 */
public final class HttpServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
    /** Largest request body accepted, in bytes; larger bodies get 413. */
    static final long MAX_BODY = 64 * 1024;
    private static final String STORAGE_RETRY_SECONDS = "5";

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
            routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(Map.of("error", e.getMessage())));
            routes.exception(JsonProcessingException.class, (e, ctx) ->
                    ctx.status(400).json(Map.of("error", "malformed JSON body")));
            routes.exception(Exception.class, HttpServer::failed);
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

    /**
     * The answer to an exception no route handled: 503 with {@code Retry-After} when storage is unavailable,
     * 400 when the request itself was broken (a malformed chunked body, a body cut short), else 500; never a
     * stack trace in the body.
     */
    private static void failed(Exception e, Context ctx) {
        Optional<StorageUnavailable> storage = StorageUnavailable.in(e);
        if (storage.isPresent()) {
            LOG.warn("request {} {}: storage unavailable: {}", ctx.method(), ctx.path(), storage.get().getMessage());
            ctx.header("Retry-After", STORAGE_RETRY_SECONDS).status(503)
                    .json(Map.of("error", "storage is unavailable for a moment; try again shortly"));
        } else if (brokenRequest(e)) {
            LOG.debug("request {} {}: broken request body: {}", ctx.method(), ctx.path(), e.toString());
            ctx.status(400).json(Map.of("error", "malformed or incomplete request body"));
        } else {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(500).json(Map.of("error", "internal error; nothing you sent was lost"));
        }
    }

    private static boolean brokenRequest(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http && http.getCode() < 500 || t instanceof EofException) {
                return true;
            }
        }
        return false;
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
