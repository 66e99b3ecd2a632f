package org.doyak.admin;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the staff dashboard page at {@code /admin} and its files at {@code /admin/files/NAME}: the page's
 * own script and style, and the chart (uPlot) and flow-picture (Mermaid) libraries bundled in the jar as
 * WebJars. Only the files named here are served; the data comes from the admin API, which needs the admin
 * role (the page itself shows a login).
 */
public final class AdminPage {
    private static final String WEBJARS = "/META-INF/resources/webjars/";
    private static final Map<String, String[]> FILES = Map.of(
            "admin.js", new String[] {"/admin/admin.js", "text/javascript"},
            "admin.css", new String[] {"/admin/admin.css", "text/css"},
            "uPlot.js", new String[] {WEBJARS + "uplot/1.6.30/dist/uPlot.iife.min.js", "text/javascript"},
            "uPlot.css", new String[] {WEBJARS + "uplot/1.6.30/dist/uPlot.min.css", "text/css"},
            "mermaid.js", new String[] {WEBJARS + "mermaid/11.14.0/dist/mermaid.min.js", "text/javascript"});

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** Adds {@code /admin} and {@code /admin/files/{name}}. */
    public void register(RoutesConfig routes) {
        byte[] page = read("/admin/index.html");
        routes.get("/admin", ctx -> ctx.header("Cache-Control", "no-store").contentType("text/html; charset=utf-8")
                .result(page));
        routes.get("/admin/files/{name}", ctx -> {
            String[] file = FILES.get(ctx.pathParam("name"));
            if (file == null) {
                ctx.status(404).result("not found");
                return;
            }
            ctx.header("Cache-Control", "max-age=3600").contentType(file[1] + "; charset=utf-8")
                    .result(cache.computeIfAbsent(file[0], AdminPage::read));
        });
    }

    private static byte[] read(String resource) {
        try (InputStream in = AdminPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
