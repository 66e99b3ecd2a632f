package org.doyak.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doyak.nlu.IntentScore;
import org.doyak.nlu.Understander;
import org.doyak.nlu.Understanding;

/**
 * {@code POST /api/nlu/parse}: what the language layer makes of a text, the same way the engine sees
 * it: below the confidence threshold the intent is {@code out_of_scope}.
 */
public final class NluRoutes {
    private static final String OUT_OF_SCOPE = "out_of_scope";
    private static final int RANKING = 5;

    private final Understander understander;

    /** Serves the given understander. */
    public NluRoutes(Understander understander) {
        this.understander = understander;
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.post("/api/nlu/parse", this::parse);
    }

    private void parse(Context ctx) {
        String text = JsonBodies.text(ctx, "text");
        String lang = "en".equals(JsonBodies.object(ctx).path("lang").asText()) ? "en" : "ko";
        ctx.json(view(text, understander.understand(text, lang)));
    }

    private static Map<String, Object> view(String text, Understanding u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("text", text);
        out.put("language", u.language());
        IntentScore best = u.best().orElse(new IntentScore(OUT_OF_SCOPE, 0));
        IntentScore intent = best.confidence() >= u.threshold() ? best
                : new IntentScore(OUT_OF_SCOPE, round(1 - best.confidence()));
        out.put("intent", Map.of("name", intent.name(), "confidence", round(intent.confidence())));
        out.put("ranking", u.ranking().stream().limit(RANKING)
                .map(s -> Map.of("name", s.name(), "confidence", round(s.confidence()))).toList());
        List<Map<String, Object>> entities = u.entities().stream().map(e -> Map.<String, Object>of("type", e.type(),
                "value", e.value(), "start", e.start(), "end", e.end())).toList();
        out.put("entities", entities);
        out.put("threshold", u.threshold());
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
