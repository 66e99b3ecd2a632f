package org.doyak.handoff.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.doyak.channel.web.MessageView;
import org.doyak.content.SeekerFacts;
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
    private final SeekerFacts facts;

    /** Wires the routes to the counselors' operations, the queue, staff accounts and the dialogs in force. */
    public ConsoleRoutes(HandoffDesk desk, Handoffs handoffs, StaffAccounts staff, Supplier<Dialogs> dialogs) {
        this.desk = desk;
        this.handoffs = handoffs;
        this.staff = staff;
        this.dialogs = dialogs;
        this.facts = new SeekerFacts(dialogs);
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        new ConsolePage().register(routes);
        routes.get("/api/console/handoffs", this::list);
        routes.get(BASE, ctx -> ctx.json(detail(desk.get(ctx.pathParam("id")))));
        routes.post(BASE + "/claim", ctx -> ctx.json(detail(desk.claim(ctx.pathParam("id"), me(ctx)))));
        routes.post(BASE + "/messages", ctx -> ctx.json(MessageView.of(
                desk.reply(ctx.pathParam("id"), me(ctx), JsonBodies.text(ctx, "text")))));
        routes.post(BASE + "/close", this::close);
        routes.post(BASE + "/transfer", this::transfer);
        routes.post(BASE + "/notes", ctx -> ctx.json(desk.note(ctx.pathParam("id"), me(ctx),
                JsonBodies.text(ctx, "text"))));
        routes.get("/api/console/counselors", ctx -> ctx.json(Map.of("counselors", staff.all().stream()
                .filter(m -> StaffAccounts.COUNSELOR.equals(m.role())).map(m -> m.username()).toList())));
        routes.get("/api/console/canned", ctx -> ctx.json(Map.of("replies", canned())));
        routes.get("/api/console/reasons", ctx -> ctx.json(Map.of("reasons", texts("handoff_reasons"))));
        routes.get("/api/console/callbacks", ctx -> {
            Predicate<String> centers = CenterFilter.of(ctx, dialogs);
            ctx.json(Map.of("callbacks", handoffs.callbacks("done".equals(ctx.queryParam("status")) ? "done" : "open")
                    .stream().filter(c -> centers.test(c.center())).toList()));
        });
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
        Predicate<String> centers = CenterFilter.of(ctx, dialogs);
        ctx.json(Map.of("handoffs", handoffs.list(status).stream().filter(h -> centers.test(h.center()))
                .map(this::row).toList()));
    }

    /** A handoff as the list shows it: the contract's fields, the reason's texts and the unread count. */
    public Map<String, Object> row(Handoff h) {
        Map<String, Object> view = new LinkedHashMap<>(HandoffView.of(h, desk.conversation(h).slots()));
        view.put("reasonText", HandoffView.reasonText(dialogs.get(), h.reason()));
        view.put("unread", Handoff.CLOSED.equals(h.status()) || Handoff.CANCELLED.equals(h.status()) ? 0
                : handoffs.unread(h));
        return view;
    }

    private void close(Context ctx) {
        JsonNode body = JsonBodies.object(ctx);
        String note = body.path("note").asText("");
        Optional<String> resume = Optional.of(body.path("resume").asText("")).filter(s -> !s.isBlank());
        Optional<LocalDate> followUp = followUp(body.path("followUp").asText(""));
        Handoff closed = desk.close(ctx.pathParam("id"), me(ctx), note, resume);
        followUp.ifPresent(date -> handoffs.followUp(closed.id(), date.toString()));
        ctx.json(detail(desk.get(closed.id())));
    }

    /** {@code {"to":"colleague"}} hands it to a colleague; {@code {"center":"ID","note":"..."}} to a center. */
    private void transfer(Context ctx) {
        JsonNode body = JsonBodies.object(ctx);
        String center = body.path("center").asText("");
        if (center.isBlank() && body.path("to").asText("").isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, "give \"to\" (a colleague) or \"center\" (a center id)");
        }
        ctx.json(detail(center.isBlank() ? desk.transfer(ctx.pathParam("id"), me(ctx), body.path("to").asText(""))
                : desk.moveToCenter(ctx.pathParam("id"), me(ctx), center, body.path("note").asText(""))));
    }

    private static Optional<LocalDate> followUp(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID, "followUp must be a date such as 2026-12-01");
        }
    }

    private Map<String, Object> detail(Handoff h) {
        Map<String, String> slots = desk.conversation(h).slots();
        Map<String, Object> view = row(h);
        view.put("facts", facts.of(slots));
        String center = slots.getOrDefault("center", slots.getOrDefault("booking_center", ""));
        Object profileName = HandoffView.profile(slots).get("name");
        view.put("fill", Map.of("name", profileName == null ? "" : profileName,
                "center", center.isBlank() ? Map.of("ko", "", "en", "") : facts.centerName(center)));
        view.put("position", Handoff.WAITING.equals(h.status()) ? handoffs.list(Handoff.WAITING).stream()
                .map(Handoff::id).toList().indexOf(h.id()) + 1 : 0);
        view.put("messages", desk.transcript(h).stream().map(MessageView::of).toList());
        view.put("notes", handoffs.notes(h.id()));
        return view;
    }

    private List<Map<String, String>> canned() {
        return texts("canned_replies");
    }

    /** A collection's items as {@code {"id","ko","en"}} from their {@code text} field. */
    private List<Map<String, String>> texts(String collection) {
        Collection c = dialogs.get().content().get(collection);
        return c == null ? List.of() : c.items().stream().map(i -> Map.of("id", i.getOrDefault("id", ""),
                "ko", i.getOrDefault("text", ""), "en", i.getOrDefault("text.en", ""))).toList();
    }

    private static String me(Context ctx) {
        return ConsoleAuth.member(ctx).username();
    }
}
