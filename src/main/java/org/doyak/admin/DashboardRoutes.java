package org.doyak.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.doyak.conversation.Refusal;
import org.doyak.conversation.TurnEvent;
import org.doyak.dialog.Flow;
import org.doyak.dialog.graph.MermaidGraph;
import org.doyak.dialog.CenterSchedule;
import org.doyak.handoff.console.ConsoleAuth;
import org.doyak.http.JsonBodies;
import org.doyak.nlu.Intent;
import org.doyak.nlu.IntentDataException;
import org.doyak.nlu.IntentDataLoader;

/**
 * The staff dashboard's API (admin role, guarded by {@link ConsoleAuth}): {@code GET /api/admin/stats} and
 * {@code /api/admin/stats.csv} ({@code ?days=N}, default 30, at most 400), {@code GET /api/admin/inbox}
 * (misunderstood messages grouped by similarity), {@code POST /api/admin/inbox/examples}
 * {@code {"intent","text","ids"}} (adds the example to the intent file, takes the messages out of the inbox
 * and publishes), {@code GET /api/admin/flows/{id}/graph} (Mermaid text with seekers per step).
 */
public final class DashboardRoutes {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final int INBOX = 500;

    private final Figures figures;
    private final Publisher publisher;
    private final Path dialogsDir;
    private final Clock clock;

    /** Reads {@code figures}; examples are written to the intent files in {@code dialogsDir}. */
    public DashboardRoutes(Figures figures, Publisher publisher, Path dialogsDir, Clock clock) {
        this.figures = figures;
        this.publisher = publisher;
        this.dialogsDir = dialogsDir;
        this.clock = clock;
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get("/api/admin/stats", ctx -> {
            LocalDate to = today();
            LocalDate from = to.minusDays(days(ctx) - 1L);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("from", from.toString());
            body.put("to", to.toString());
            body.put("totals", figures.totals(from, to));
            body.put("steps", inFlowOrder(figures.steps(from, to)));
            Map<String, Object> titles = new LinkedHashMap<>();
            publisher.dialogs().flowList().forEach(f -> titles.put(f.id(), f.title()));
            body.put("flows", titles);
            body.put("handoffs", figures.handoffs(from, to));
            body.put("centers", figures.centers(from, to));
            Map<String, Object> names = new LinkedHashMap<>();
            CenterSchedule.centerIds(publisher.dialogs()).forEach(id -> CenterSchedule.center(publisher.dialogs(), id)
                    .ifPresent(c -> names.put(id, Map.of("ko", c.getOrDefault("name", id), "en",
                            c.getOrDefault("name.en", id)))));
            body.put("centerNames", names);
            ctx.json(body);
        });
        routes.get("/api/admin/stats.csv", this::csv);
        routes.get("/api/admin/inbox", ctx -> ctx.json(inbox()));
        routes.post("/api/admin/inbox/examples", this::addExample);
        routes.get("/api/admin/flows/{id}/graph", this::graph);
    }

    private void csv(Context ctx) {
        LocalDate to = today();
        StringBuilder out = new StringBuilder("day,channel,metric,total\n");
        for (Figures.Total t : figures.totals(to.minusDays(days(ctx) - 1L), to)) {
            out.append(t.day()).append(',').append(t.channel()).append(',').append(cell(t.metric())).append(',')
                    .append(t.total()).append('\n');
        }
        ctx.header("Content-Disposition", "attachment; filename=\"doyak-figures-" + to + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(out.toString());
    }

    private Map<String, Object> inbox() {
        List<Figures.Missed> missed = figures.misunderstood(INBOX);
        Map<String, List<Figures.Missed>> byText = new HashMap<>();
        missed.forEach(m -> byText.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m));
        List<Map<String, Object>> groups = new ArrayList<>();
        List<String> texts = missed.stream().map(Figures.Missed::text).distinct().toList();
        for (MessageGroups.Group g : MessageGroups.of(texts)) {
            List<Figures.Missed> members = g.texts().stream().flatMap(t -> byText.get(t).stream()).toList();
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("texts", g.texts());
            group.put("count", members.size());
            group.put("ids", members.stream().map(Figures.Missed::id).toList());
            group.put("bestGuess", members.get(0).bestGuess());
            group.put("last", members.stream().map(Figures.Missed::at).max(Instant::compareTo).orElseThrow());
            groups.add(group);
        }
        return Map.of("groups", groups, "intents", intentNames());
    }

    private void addExample(Context ctx) {
        var body = JsonBodies.object(ctx);
        String intent = body.path("intent").asText("");
        List<String> ids = new ArrayList<>();
        body.path("ids").forEach(id -> ids.add(id.asText()));
        Path file;
        try {
            file = IntentExamples.add(dialogsDir, intent, body.path("text").asText(""));
        } catch (NoSuchElementException e) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.INVALID, e.getMessage());
        }
        figures.dismiss(ids);
        publisher.publish(ConsoleAuth.member(ctx).username());
        ctx.status(202).json(Map.of("file", dialogsDir.relativize(file).toString().replace('\\', '/'),
                "publishing", true));
    }

    private void graph(Context ctx) {
        Flow flow = publisher.dialogs().flow(ctx.pathParam("id"))
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "no flow " + ctx.pathParam("id")));
        LocalDate to = today();
        Map<String, Long> reached = new HashMap<>();
        figures.steps(to.minusDays(days(ctx) - 1L), to).stream().filter(s -> s.flow().equals(flow.id()))
                .forEach(s -> reached.put(s.flow() + "/" + s.step(), s.reached()));
        ctx.contentType("text/plain; charset=utf-8")
                .result(MermaidGraph.render(publisher.dialogs(), List.of(flow), reached));
    }

    /** Steps by flow, then as the flow lists them: {@code #start} first, {@code #end} last. */
    private List<Figures.Step> inFlowOrder(List<Figures.Step> steps) {
        Map<String, Integer> order = new HashMap<>();
        for (Flow f : publisher.dialogs().flowList()) {
            for (int i = 0; i < f.steps().size(); i++) {
                order.put(f.id() + "/" + f.steps().get(i).id(), i);
            }
        }
        return steps.stream().sorted(Comparator.comparing(Figures.Step::flow).thenComparingInt(s ->
                TurnEvent.START.equals(s.step()) ? -1 : TurnEvent.END.equals(s.step()) ? Integer.MAX_VALUE
                        : order.getOrDefault(s.flow() + "/" + s.step(), Integer.MAX_VALUE - 1))).toList();
    }

    private List<String> intentNames() {
        try {
            return IntentDataLoader.load(dialogsDir).intents().stream().map(Intent::name).sorted().toList();
        } catch (IntentDataException e) {
            return List.of();
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(SEOUL).toLocalDate();
    }

    private static int days(Context ctx) {
        String raw = ctx.queryParam("days");
        try {
            int days = raw == null ? 30 : Integer.parseInt(raw);
            if (days < 1 || days > 400) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new Refusal(Refusal.Kind.INVALID, "days must be a number from 1 to 400");
        }
    }

    private static String cell(String text) {
        return text.matches("[^,\"\\n=+@-][^,\"\\n]*") ? text : "\"'" + text.replace("\"", "\"\"") + "\"";
    }
}
