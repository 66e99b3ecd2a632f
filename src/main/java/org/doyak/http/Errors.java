package org.doyak.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;
import org.doyak.conversation.Refusal;
import org.doyak.storage.StorageUnavailable;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where errors become HTTP: a domain {@link Refusal} becomes Javalin's
 * {@link HttpResponseException} with the status of its kind, answered as {@code {"error": message}}
 * (with {@code Retry-After} when the refusal says when to retry); a malformed JSON body, a malformed
 * chunked body or one cut short is 400; a storage failure is 503 with {@code Retry-After}; anything
 * unexpected is logged and answered 500 without details.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    /** The HTTP form of a refusal. */
    static HttpResponseException toHttp(Refusal refusal) {
        HttpStatus status = switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
        return new HttpResponseException(status.getCode(), refusal.getMessage());
    }

    /** Registers the mappings. */
    static void register(RoutesConfig routes) {
        routes.exception(Refusal.class, (e, ctx) -> {
            e.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", String.valueOf(s)));
            answer(toHttp(e), ctx);
        });
        routes.exception(JsonProcessingException.class, (e, ctx) ->
                answer(new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(), "malformed JSON body"), ctx));
        routes.exception(Exception.class, Errors::unexpected);
    }

    /**
     * An exception no route turned into a refusal: a storage failure deep in a read (503 with
     * {@code Retry-After}), a broken request such as a malformed chunked body or one cut short (400), else a
     * logged 500 without details.
     */
    private static void unexpected(Exception e, Context ctx) {
        Optional<StorageUnavailable> storage = StorageUnavailable.in(e);
        if (storage.isPresent()) {
            LOG.warn("request {} {}: {}", ctx.method(), ctx.path(), storage.get().reason());
            ctx.header("Retry-After", String.valueOf(storage.get().retryAfterSeconds().orElse(1)));
            answer(toHttp(storage.get()), ctx);
        } else if (brokenRequest(e)) {
            LOG.debug("request {} {}: broken request: {}", ctx.method(), ctx.path(), e.toString());
            answer(new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(), "malformed or incomplete request"),
                    ctx);
        } else {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            answer(new HttpResponseException(HttpStatus.INTERNAL_SERVER_ERROR.getCode(),
                    "internal error; nothing you sent was lost"), ctx);
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

    private static void answer(HttpResponseException e, Context ctx) {
        ctx.status(e.getStatus()).json(Map.of("error", e.getMessage()));
    }
}
