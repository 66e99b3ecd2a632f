package org.doyak.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.doyak.conversation.Refusal;
import org.doyak.handoff.console.ConsoleAuth;

/**
 * {@code POST /api/admin/publish}: publishes the dialogs folder now and answers 200 with the record, or
 * 422 with the problems (the old version keeps serving); {@code GET /api/admin/publish}: the latest
 * publishes, newest first, and {@code checkedSinceStart}: whether the conversation tests have learned the
 * version in force since the start (until then a text edit reruns every test, so it takes seconds). Both
 * need the admin role ({@link ConsoleAuth} guards {@code /api/admin/*}).
 */
public final class PublishRoutes {
    private static final long WAIT_SECONDS = 300;

    private final Publisher publisher;
    private final PublishLog log;

    /** Serves the publishes of {@code publisher}, recorded in {@code log}. */
    public PublishRoutes(Publisher publisher, PublishLog log) {
        this.publisher = publisher;
        this.log = log;
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post("/api/admin/publish", this::publish);
        routes.get("/api/admin/publish", ctx -> ctx.json(Map.of("publishes",
                log.recent(50).stream().map(PublishRoutes::view).toList(), "checkedSinceStart",
                publisher.checkedSinceStart())));
    }

    private void publish(Context ctx) throws InterruptedException {
        PublishRecord r;
        try {
            r = publisher.publish(ConsoleAuth.member(ctx).username()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new Refusal(Refusal.Kind.UNAVAILABLE,
                    "the publish is still running; check GET /api/admin/publish in a while");
        } catch (ExecutionException e) {
            throw new IllegalStateException("publish failed", e.getCause());
        }
        ctx.status(PublishRecord.REFUSED.equals(r.result()) ? 422 : 200).json(view(r));
    }

    /** The record as JSON, with {@code at} as ISO-8601 text. */
    private static Map<String, Object> view(PublishRecord r) {
        return Map.of("at", r.at().toString(), "who", r.who(), "result", r.result(), "changes", r.changes(),
                "problems", r.problems());
    }
}
