package org.doyak.channel.web;

import io.javalin.config.RoutesConfig;
import java.util.Map;
import java.util.function.Supplier;
import org.doyak.dialog.Dialogs;

/**
 * {@code GET /api/web/texts}: the widget's own texts (title, buttons, labels, errors) from the {@code widget:}
 * section of {@code dialogs/messages.yaml}, as published now, in both languages:
 * {@code {"ko": {"send": "보내기", …}, "en": {"send": "Send", …}}}. The widget fetches them each time it loads
 * and switches language without asking again. Like every {@code /api/} answer it is never cached, so a
 * publish reaches the next widget load; CORS is {@link WebCors}'s.
 */
public final class WidgetTextRoute {
    private final Supplier<Dialogs> dialogs;

    /** Serves the texts of the dialogs live at each request. */
    public WidgetTextRoute(Supplier<Dialogs> dialogs) {
        this.dialogs = dialogs;
    }

    /** Adds the route. */
    public void register(RoutesConfig routes) {
        routes.get("/api/web/texts", ctx -> {
            Dialogs live = dialogs.get();
            ctx.json(Map.of("ko", live.widgetTexts("ko"), "en", live.widgetTexts("en")));
        });
    }
}
