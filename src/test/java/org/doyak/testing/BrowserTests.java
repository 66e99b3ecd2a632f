package org.doyak.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one file of browser tests ({@code src/test/js/}, node's test runner driving Debian's Chromium
 * through playwright-core) against a running test server. A missing node, playwright-core or Chromium
 * fails the test with the command that installs it: CI installs them, so a skip would only hide a
 * broken setup.
 */
public final class BrowserTests {
    private static final String INSTALL = "install the browser test tools: "
            + "apt-get install -y chromium fonts-noto-cjk fonts-noto-color-emoji && npm ci (needs node 20+ with npm)";
    private static final long TIMEOUT_MINUTES = 10;

    private BrowserTests() {
    }

    /**
     * Runs {@code node --test FILE} with {@code DOYAK_BASE_URL} set to the server, {@code CHROMIUM_PATH},
     * {@code DOYAK_ARTIFACTS=target/test-artifacts} and {@code env}; its report is copied to standard
     * output, each line prefixed with the file's name.
     *
     * @throws AssertionError when a tool is missing, a test fails, or the run takes over 10 minutes
     */
    public static void run(Path file, TestServer server, Map<String, String> env) throws Exception {
        Path node = onPath("node").orElseThrow(() -> new AssertionError("node is not on the PATH; " + INSTALL));
        assertTrue(Files.isDirectory(Path.of("node_modules", "playwright-core")),
                "node_modules/playwright-core is missing; run `npm ci` in the repository root; " + INSTALL);
        Path chromium = chromium().orElseThrow(() -> new AssertionError(
                "Chromium not found (set CHROMIUM_PATH or put chromium on the PATH); " + INSTALL));
        ProcessBuilder builder = new ProcessBuilder(node.toString(), "--test", file.toString())
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("DOYAK_BASE_URL", server.baseUrl());
        builder.environment().put("CHROMIUM_PATH", chromium.toString());
        builder.environment().put("DOYAK_ARTIFACTS", Path.of("target", "test-artifacts").toString());
        Process process = builder.start();
        String label = "[" + file.getFileName() + "] ";
        Thread pump = new Thread(() -> copyLines(process, label), "node-test-output");
        pump.setDaemon(true);
        pump.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("the browser tests in " + file + " did not finish within " + TIMEOUT_MINUTES + " minutes");
        }
        pump.join(TimeUnit.SECONDS.toMillis(5));
        assertEquals(0, process.exitValue(), "node --test " + file + " failed; its report is above");
    }

    private static void copyLines(Process process, String label) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
            out.lines().forEach(line -> System.out.println(label + line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> chromium() {
        String configured = System.getenv("CHROMIUM_PATH");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return onPath("chromium").or(() -> onPath("chromium-browser"));
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
