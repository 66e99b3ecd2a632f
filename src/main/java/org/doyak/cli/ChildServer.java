package org.doyak.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The service in a JVM of its own ({@code java -jar doyak.jar serve}, or the same class path when not run from
 * the jar) on a free loopback port, as an operator starts it: for the benchmark's cold start and resident
 * memory. Close it to stop it.
 */
final class ChildServer implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final double coldStartMs;

    private ChildServer(Process process, int port, double coldStartMs) {
        this.process = process;
        this.port = port;
        this.coldStartMs = coldStartMs;
    }

    /**
     * Starts {@code serve} and waits until {@code GET /health} answers 200.
     *
     * @param javaOptions options for the child JVM (e.g. {@code -Xmx256m}), may be empty
     * @param dialogs the dialogs folder; empty: the child's own default (the folder {@code dialogs/}, else
     *     the dialogs bundled in the jar)
     * @param log where the child's output goes
     * @throws IllegalStateException when it exits or is not healthy within two minutes
     */
    static ChildServer start(List<String> javaOptions, String dbUrl, Optional<Path> dialogs, Path log)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(javaOptions);
        Path code = codeLocation();
        if (code.toString().endsWith(".jar")) {
            command.addAll(List.of("-jar", code.toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        }
        command.addAll(List.of("serve", "--port", String.valueOf(port), "--db", dbUrl));
        dialogs.ifPresent(d -> command.addAll(List.of("--dialogs", d.toString())));
        long started = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DOYAK_RATE_LIMITS", "off"); // the benchmark drives every session from one address
        Process process = builder.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - started < START_LIMIT.toNanos() && process.isAlive()) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new ChildServer(process, port, (System.nanoTime() - started) / 1e6);
                }
            } catch (IOException notYet) {
                Thread.sleep(10);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become healthy; its output is in " + log);
    }

    /** {@code http://127.0.0.1:PORT}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Milliseconds from starting the JVM to the first 200 from {@code /health}. */
    double coldStartMs() {
        return coldStartMs;
    }

    /** The child's resident memory now, in MiB ({@code VmRSS} of {@code /proc}), or -1 where there is no /proc. */
    double residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path codeLocation() {
        try {
            return Path.of(ChildServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot tell where the service's code is", e));
        }
    }
}
