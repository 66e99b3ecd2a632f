package org.doyak.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.doyak.storage.StorageUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health routes (see the contracts):
 * <ul>
 *   <li>{@code GET /health} and {@code GET /health/ready}: 200 {@code {"status":"ok"}} when the probe (a real
 *       write through the path every write takes, which also fails while a real write's storage failure is
 *       unresolved) succeeded within {@value #TIMEOUT_MS} ms; else 503 {@code {"status":"unavailable",
 *       "reason":"..."}} with {@code Retry-After}, the reason saying what failed (locked, read-only, I/O error,
 *       corrupt, unreachable). Ready also answers 503 once the service is stopping.</li>
 *   <li>{@code GET /health/live}: 200 while the process runs (for restarts only; touches nothing).</li>
 * </ul>
 * One probe runs at a time and its verdict is reused for {@value #REUSE_MS} ms (a good one not once a real
 * write has failed since), so polling /health often (or an attacker) adds at most a few writes a second.
 * Thread-safe.
 */
public final class Health implements AutoCloseable {
    static final long TIMEOUT_MS = 2_000;
    private static final long REUSE_MS = 1_000;
    private static final String RETRY_AFTER = "5";
    private static final Logger LOG = LoggerFactory.getLogger(Health.class);

    private final Runnable probe;
    private final Supplier<Optional<String>> knownFailure;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "doyak-health-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Verdict> last = new AtomicReference<>(new Verdict(false, "not checked", 0));
    private final AtomicReference<CompletableFuture<Verdict>> running = new AtomicReference<>();
    private final AtomicBoolean stopping = new AtomicBoolean();

    private record Verdict(boolean ok, String reason, long atMillis) {
    }

    /**
     * @param probe writes to the database; throws when it cannot (a {@link StorageUnavailable} says why)
     * @param knownFailure why real writes failed lately, if they did: the reason given while a probe is slow
     */
    public Health(Runnable probe, Supplier<Optional<String>> knownFailure) {
        this.probe = probe;
        this.knownFailure = knownFailure;
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> answer(ctx, false));
        routes.get("/health/ready", ctx -> answer(ctx, true));
        routes.get("/health/live", ctx -> ctx.json(Map.of("status", "ok")));
    }

    private void answer(Context ctx, boolean readiness) {
        Verdict verdict = verdict();
        if (readiness && stopping.get()) {
            verdict = new Verdict(false, "stopping", verdict.atMillis());
        }
        ctx.header("Cache-Control", "no-store");
        if (verdict.ok()) {
            ctx.json(Map.of("status", "ok", "database", "writable"));
        } else {
            ctx.header("Retry-After", RETRY_AFTER).status(503)
                    .json(Map.of("status", "unavailable", "reason", verdict.reason()));
        }
    }

    private Verdict verdict() {
        Verdict known = last.get();
        boolean failedSince = known.ok() && knownFailure.get().isPresent();
        if (System.currentTimeMillis() - known.atMillis() < REUSE_MS && !failedSince) {
            return known;
        }
        CompletableFuture<Verdict> mine = new CompletableFuture<>();
        CompletableFuture<Verdict> current = running.compareAndExchange(null, mine);
        if (current == null) {
            current = mine;
            runner.execute(() -> mine.complete(runProbe()));
            mine.whenComplete((v, e) -> {
                last.set(v);
                running.set(null);
            });
        }
        try {
            return current.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Verdict(false, knownFailure.get().orElse("the database did not accept a write within "
                    + TIMEOUT_MS + " ms"), 0);
        } catch (ExecutionException e) {
            return new Verdict(false, "the probe failed", 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verdict(false, "interrupted", 0);
        }
    }

    private Verdict runProbe() {
        try {
            probe.run();
            return new Verdict(true, "", System.currentTimeMillis());
        } catch (RuntimeException e) {
            Optional<StorageUnavailable> storage = StorageUnavailable.in(e);
            String reason = storage.map(u -> u.reason()).orElse("the database does not accept writes");
            LOG.warn("health: {}{}", reason, storage.isPresent() ? "" : ": " + e);
            return new Verdict(false, reason, System.currentTimeMillis());
        }
    }

    /** Marks the service as stopping (readiness answers 503) and stops the probe thread. */
    @Override
    public void close() {
        stopping.set(true);
        runner.shutdownNow();
    }
}
