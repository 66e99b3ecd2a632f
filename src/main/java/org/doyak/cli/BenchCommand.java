package org.doyak.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.doyak.storage.Database;

/**
 * {@code bench [--sessions N] [--seconds S] [--db JDBC_URL] [--dialogs DIR] [--java-opts "..."]}: starts the
 * service in a JVM of its own ({@link ChildServer}) on a free port with a fresh SQLite file or the given
 * database, timing its cold start to a healthy {@code /health}; drives N widget conversations over HTTP for S
 * seconds, then the same load against the bare echo route; reads the service's resident memory; prints a
 * report ending in one JSON line.
 */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(Args args, PrintStream out) {
        try {
            return measure(args, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int measure(Args args, PrintStream out) throws IOException, InterruptedException {
        int sessions = args.intOption("sessions", 16);
        int seconds = args.intOption("seconds", 10);
        if (sessions < 1 || seconds < 1) {
            throw new IllegalArgumentException("--sessions and --seconds must be at least 1");
        }
        Path dir = Files.createTempDirectory("doyak-bench");
        String db = args.options().getOrDefault("db", "jdbc:sqlite:" + dir.resolve("bench.db"));
        // Without a folder named, the child finds its own (./dialogs, else the jar's bundled dialogs).
        Optional<Path> dialogs = Optional.ofNullable(args.options().get("dialogs")).map(Path::of);
        String javaOptions = args.options().getOrDefault("java-opts", "");
        List<String> options = javaOptions.isBlank() ? List.of() : Arrays.asList(javaOptions.trim().split("\\s+"));
        out.printf("starting the service (%s)...%n", Database.redacted(db));
        try (ChildServer server = ChildServer.start(options, db, dialogs, dir.resolve("serve.log"))) {
            out.printf("cold start to healthy: %.0f ms%n", server.coldStartMs());
            LoadDriver driver = new LoadDriver(server.baseUrl());
            out.printf("warming up (%d sessions)...%n", sessions);
            driver.conversations(sessions, Math.min(3, seconds));
            driver.echo(sessions, Math.min(2, seconds));
            LoadDriver.Result turns = driver.conversations(sessions, seconds);
            LoadDriver.Result echo = driver.echo(sessions, seconds);
            double rss = server.residentMib();
            double ratio = echo.perSecond() == 0 ? 0 : turns.perSecond() / echo.perSecond();
            out.printf("conversation turns: %,.0f/s  p50 %.2f ms  p99 %.2f ms  errors %d  (%d sessions, %d s)%n",
                    turns.perSecond(), turns.p50(), turns.p99(), turns.errors(), sessions, seconds);
            out.printf("echo route:         %,.0f/s  p50 %.2f ms  p99 %.2f ms  errors %d%n",
                    echo.perSecond(), echo.p50(), echo.p99(), echo.errors());
            out.printf("ratio (turns/echo): %.2f%n", ratio);
            out.printf("resident memory after the run: %.0f MiB%n", rss);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("database", db.startsWith("jdbc:postgresql:") ? "postgresql" : "sqlite");
            figures.put("sessions", sessions);
            figures.put("seconds", seconds);
            figures.put("turns_per_s", round(turns.perSecond()));
            figures.put("p50_ms", round(turns.p50()));
            figures.put("p99_ms", round(turns.p99()));
            figures.put("echo_per_s", round(echo.perSecond()));
            figures.put("echo_p99_ms", round(echo.p99()));
            figures.put("ratio", round(ratio));
            figures.put("errors", turns.errors() + echo.errors());
            figures.put("cold_start_ms", round(server.coldStartMs()));
            figures.put("rss_mb", round(rss));
            figures.put("java_opts", javaOptions);
            out.println(Json.line(figures));
            return turns.errors() + echo.errors() == 0 ? 0 : 1;
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
