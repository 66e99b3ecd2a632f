package org.doyak.metrics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.doyak.conversation.TurnListener;
import org.doyak.nlu.Understander;

/**
 * The service's metrics, kept in Micrometer's Prometheus registry and served at {@code GET /metrics} in
 * Prometheus text format: turns, turn latency, NLU confidence, fallbacks, handoffs, the handoff queue,
 * errors (HTTP 5xx answers), HTTP request times, and the JVM's memory, GC, threads, CPU and uptime. The
 * core does not know about it: it observes the engine from the edge (a {@link TurnListener}, a wrapping
 * {@link Understander}, the HTTP server's before/after hooks). Thread-safe.
 */
public final class Metrics implements AutoCloseable {
    /** What {@code GET /metrics} answers with (Prometheus text format 0.0.4). */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private static final String STARTED = "metrics.started";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter errors;

    /** A registry with the JVM's metrics bound. */
    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        errors = Counter.builder("doyak.errors").description("Requests answered with a server error (5xx)")
                .register(registry);
    }

    /** Counts turns, their latency, fallbacks and handoffs, timed with {@code clock} (the engine's). */
    public TurnListener turns(Clock clock) {
        return new TurnMetrics(registry, clock);
    }

    /** {@code understander}, recording the confidence of each best intent. */
    public Understander understanding(Understander understander) {
        return new MeteredUnderstander(understander, registry);
    }

    /** A gauge of the handoffs waiting for a counselor, read from {@code waiting} at each scrape. */
    public void queue(IntSupplier waiting) {
        Gauge.builder("doyak.handoff.queue", waiting, IntSupplier::getAsInt).strongReference(true)
                .description("Handoffs waiting for a counselor").register(registry);
    }

    /** Adds {@code GET /metrics} and times every request (by route and status), counting 5xx as errors. */
    public void register(RoutesConfig routes) {
        routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(registry.scrape()));
        routes.before(ctx -> ctx.attribute(STARTED, System.nanoTime()));
        routes.after(this::requestDone);
    }

    private void requestDone(Context ctx) {
        Long started = ctx.attribute(STARTED);
        int status = ctx.statusCode();
        if (status >= 500) {
            errors.increment();
        }
        if (started == null) {
            return;
        }
        Endpoint matched = ctx.endpoints().lastHttpEndpoint();
        String route = matched == null ? "other" : matched.path;
        Timer.builder("http.server.requests").tag("method", ctx.method().name()).tag("route", route)
                .tag("status", String.valueOf(status)).register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
