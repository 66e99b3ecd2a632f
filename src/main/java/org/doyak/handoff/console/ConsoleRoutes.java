package org.doyak.handoff.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.doyak.channel.web.MessageView;
import org.doyak.dialog.Collection;
import org.doyak.dialog.Dialogs;
import org.doyak.handoff.Handoff;
import org.doyak.handoff.HandoffDesk;
import org.doyak.handoff.Handoffs;
import org.doyak.handoff.StaffAccounts;
import org.doyak.conversation.Refusal;
import org.doyak.http.JsonBodies;

/**
 * The counselor console: the page at {@code /console} and the {@code /api/console/*} routes of the
 * contracts (handoff list and detail, claim, messages, close) plus transfer, private notes, canned
 * replies, colleagues and callback requests. {@link ConsoleAuth} guards every route but the page.
 */
public final class ConsoleRoutes {
    private static final Set<String> STATUSES = Set.of(Handoff.WAITING, Handoff.ACTIVE, Handoff.CLOSED);
    private static final String BASE = "/api/console/handoffs/{id}";

    private final HandoffDesk desk;
    private final Handoffs handoffs;
    private final StaffAccounts staff;
    private final Supplier<Dialogs> dialogs;
    private final String page;
    private final String script;
    private final String style;

    /** Wires the routes to the counselors' operations, the queue, staff accounts and the dialogs in force. */
    public ConsoleRoutes(HandoffDesk desk, Handoffs handoffs, StaffAccounts staff, Supplier<Dialogs> dialogs) {
        this.desk = desk;
        this.handoffs = handoffs;
        this.staff = staff;
        this.dialogs = dialogs;
        this.page = resource("/console/index.html");
        this.script = resource("/console/console.js");
        this.style = resource("/console/console.css");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get("/console", ctx -> ctx.header("Cache-Control", "no-store").html(page));
        routes.get("/console/console.js", ctx -> ctx.header("Cache-Control", "no-store")
                .contentType("text/javascript; charset=utf-8").result(script));
        routes.get("/console/console.css", ctx -> ctx.header("Cache-Control", "no-store")
                .contentType("text/css; charset=utf-8").result(style));
        routes.get("/api/console/handoffs", this::list);
        routes.get(BASE, ctx -> ctx.json(detail(desk.get(ctx.pathParam("id")))));
        routes.post(BASE + "/claim", ctx -> ctx.json(detail(desk.claim(ctx.pathParam("id"), me(ctx)))));
        routes.post(BASE + "/messages", ctx -> ctx.json(MessageView.of(
                desk.reply(ctx.pathParam("id"), me(ctx), JsonBodies.text(ctx, "text")))));
        routes.post(BASE + "/close", this::close);
        routes.post(BASE + "/transfer", ctx -> ctx.json(detail(desk.transfer(ctx.pathParam("id"), me(ctx),
                JsonBodies.text(ctx, "to")))));
        routes.post(BASE + "/notes", ctx -> ctx.json(desk.note(ctx.pathParam("id"), me(ctx),
                JsonBodies.text(ctx, "text"))));
        routes.get("/api/console/counselors", ctx -> ctx.json(Map.of("counselors", staff.all().stream()
                .filter(m -> StaffAccounts.COUNSELOR.equals(m.role())).map(m -> m.username()).toList())));
        routes.get("/api/console/canned", ctx -> ctx.json(Map.of("replies", canned())));
        routes.get("/api/console/callbacks", ctx -> ctx.json(Map.of("callbacks",
                handoffs.callbacks("done".equals(ctx.queryParam("status")) ? "done" : "open"))));
        routes.post("/api/console/callbacks/{id}/done", ctx -> {
            if (!handoffs.callbackDone(ctx.pathParam("id"), me(ctx))) {
                throw new Refusal(Refusal.Kind.NOT_FOUND, "no open callback request with this id");
            }
            ctx.json(Map.of("ok", true));
        });
    }

    private void list(Context ctx) {
        String status = Optional.ofNullable(ctx.queryParam("status")).orElse(Handoff.WAITING);
        if (!STATUSES.contains(status)) {
            throw new Refusal(Refusal.Kind.INVALID, "status must be waiting, active or closed");
        }
        ctx.json(Map.of("handoffs", handoffs.list(status).stream()
                .map(h -> HandoffView.of(h, desk.conversation(h).slots())).toList()));
    }

    private void close(Context ctx) {
        JsonNode body = JsonBodies.object(ctx);
        String note = body.path("note").asText("");
        Optional<String> resume = Optional.of(body.path("resume").asText("")).filter(s -> !s.isBlank());
        ctx.json(detail(desk.close(ctx.pathParam("id"), me(ctx), note, resume)));
    }

    private Map<String, Object> detail(Handoff h) {
        Map<String, Object> view = new LinkedHashMap<>(HandoffView.of(h, desk.conversation(h).slots()));
        view.put("position", Handoff.WAITING.equals(h.status()) ? handoffs.list(Handoff.WAITING).stream()
                .map(Handoff::id).toList().indexOf(h.id()) + 1 : 0);
        view.put("messages", desk.transcript(h).stream().map(MessageView::of).toList());
        view.put("notes", handoffs.notes(h.id()));
        return view;
    }

    private List<Map<String, String>> canned() {
        Collection c = dialogs.get().content().get("canned_replies");
        return c == null ? List.of() : c.items().stream().map(i -> Map.of("id", i.getOrDefault("id", ""),
                "ko", i.getOrDefault("text", ""), "en", i.getOrDefault("text.en", ""))).toList();
    }

    private static String me(Context ctx) {
        return ConsoleAuth.member(ctx).username();
    }

    private static String resource(String path) {
        try (InputStream in = ConsoleRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
