package org.doyak.testing;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The service as a separate process ({@code serve} in a child JVM on the test class path), so a test can kill it
 * with SIGKILL ({@link #kill}) as a crash would. Output goes to a log file.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final int port;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** A free port on loopback, for a server started and restarted on the same address. */
    public static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts {@code serve --port PORT --db DB_URL} with the extra environment and waits until {@code /health} answers
     * 200 (at most 60 s). The conversation tests do not run after the start unless {@code env} turns them on.
     *
     * @throws IllegalStateException when it did not become healthy (the log says why)
     */
    public static ServerProcess start(int port, String dbUrl, Path log, Map<String, String> env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.doyak.cli.Main", "serve", "--port", String.valueOf(port), "--db", dbUrl)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DOYAK_TESTS_AT_START", "off");
        builder.environment().putAll(env);
        Process process = builder.start();
        WebClient client = new WebClient("http://127.0.0.1:" + port);
        try {
            int status = Eventually.until(() -> process.isAlive() ? health(client) : -1,
                    s -> s == 200 || s == -1, Duration.ofSeconds(60), "GET /health to answer 200");
            if (status == 200) {
                return new ServerProcess(process, port);
            }
        } catch (AssertionError timedOut) {
            // falls through to the clear error below
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start; see " + log);
    }

    /** The status of {@code GET /health}, or 0 while nothing answers yet. */
    private static int health(WebClient client) {
        try {
            return client.send("GET", "/health", null, null).status();
        } catch (RuntimeException notYet) {
            return 0;
        }
    }

    /** Its base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the process with SIGKILL (no shutdown hooks run) and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
