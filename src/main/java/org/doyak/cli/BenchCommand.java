package org.doyak.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.doyak.App;
import org.doyak.AppConfig;

/**
 * {@code bench [--sessions N] [--seconds S] [--dialogs DIR]}: starts the service on a free port with
 * a fresh SQLite file, drives N widget conversations over HTTP for S seconds, then the same load
 * against the bare echo route, and prints a report ending in one JSON line.
 */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(Args args, PrintStream out) {
        int sessions = args.intOption("sessions", 16);
        int seconds = args.intOption("seconds", 10);
        if (sessions < 1 || seconds < 1) {
            throw new IllegalArgumentException("--sessions and --seconds must be at least 1");
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("doyak-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AppConfig config = AppConfig.from(args.options(), System.getenv())
                .with(0, "jdbc:sqlite:" + dir.resolve("bench.db"), Path.of(args.options().getOrDefault("dialogs",
                        System.getenv().getOrDefault("DOYAK_DIALOGS", "dialogs"))));
        try (App app = App.start(config)) {
            LoadDriver driver = new LoadDriver("http://127.0.0.1:" + app.port());
            out.printf("warming up (%d sessions)...%n", sessions);
            driver.conversations(sessions, Math.min(3, seconds));
            driver.echo(sessions, Math.min(2, seconds));
            LoadDriver.Result turns = driver.conversations(sessions, seconds);
            LoadDriver.Result echo = driver.echo(sessions, seconds);
            double ratio = echo.perSecond() == 0 ? 0 : turns.perSecond() / echo.perSecond();
            out.printf("conversation turns: %,.0f/s  p50 %.2f ms  p99 %.2f ms  errors %d  (%d sessions, %d s)%n",
                    turns.perSecond(), turns.p50(), turns.p99(), turns.errors(), sessions, seconds);
            out.printf("echo route:         %,.0f/s  p50 %.2f ms  p99 %.2f ms  errors %d%n",
                    echo.perSecond(), echo.p50(), echo.p99(), echo.errors());
            out.printf("ratio (turns/echo): %.2f%n", ratio);
            out.println(Json.line(Map.of("sessions", sessions, "seconds", seconds,
                    "turns_per_s", round(turns.perSecond()), "p50_ms", round(turns.p50()),
                    "p99_ms", round(turns.p99()), "echo_per_s", round(echo.perSecond()),
                    "echo_p99_ms", round(echo.p99()), "ratio", round(ratio),
                    "errors", turns.errors() + echo.errors())));
            return turns.errors() + echo.errors() == 0 ? 0 : 1;
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
