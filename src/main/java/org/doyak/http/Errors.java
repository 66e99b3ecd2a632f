package org.doyak.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.doyak.conversation.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where errors become HTTP: a domain {@link Refusal} becomes Javalin's
 * {@link HttpResponseException} with the status of its kind, answered as {@code {"error": message}}
 * (with {@code Retry-After} when the refusal says when to retry); a malformed JSON body is 400; anything
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
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            answer(new HttpResponseException(HttpStatus.INTERNAL_SERVER_ERROR.getCode(),
                    "internal error; nothing you sent was lost"), ctx);
        });
    }

    private static void answer(HttpResponseException e, Context ctx) {
        ctx.status(e.getStatus()).json(Map.of("error", e.getMessage()));
    }
}
