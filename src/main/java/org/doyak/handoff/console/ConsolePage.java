package org.doyak.handoff.console;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.conversation.Refusal;

/**
 * The console's page ({@code GET /console}) and its script modules, styles and sounds
 * ({@code GET /console/NAME.js|css|svg}) from the classpath folder {@code /console/}: plain files, no
 * inline script, nothing fetched from another site. Names are checked against a strict pattern before
 * any lookup; an unknown file is 404. Files are read once and kept. Thread-safe.
 */
public final class ConsolePage {
    private static final Pattern NAME = Pattern.compile("([a-z][a-z0-9-]{0,40})\\.(js|css|svg)");
    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml");

    private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        byte[] page = file("index.html").orElseThrow(() -> new IllegalStateException("missing /console/index.html"));
        routes.get("/console", ctx -> ctx.header("Cache-Control", "no-store").contentType("text/html; charset=utf-8")
                .result(page));
        routes.get("/console/{file}", this::asset);
    }

    private void asset(Context ctx) {
        Matcher m = NAME.matcher(ctx.pathParam("file"));
        byte[] body = m.matches() ? file(m.group()).orElse(null) : null;
        if (body == null) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "no such console file");
        }
        ctx.header("Cache-Control", "no-cache").contentType(TYPES.get(m.group(2))).result(body);
    }

    private Optional<byte[]> file(String name) {
        return files.computeIfAbsent(name, n -> {
            try (InputStream in = ConsolePage.class.getResourceAsStream("/console/" + n)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
