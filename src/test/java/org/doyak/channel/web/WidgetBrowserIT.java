package org.doyak.channel.web;

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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the widget's browser tests ({@code src/test/js/}, node's test runner driving Debian's Chromium
 * through playwright-core) against the real server on a free port with a fresh SQLite database.
 * A missing node, playwright-core or Chromium fails the build with the command that installs it:
 * CI installs them, so a skip would only hide a broken setup.
 */
class WidgetBrowserIT {
    private static final String INSTALL = "install the browser test tools: "
            + "apt-get install -y chromium fonts-noto-cjk fonts-noto-color-emoji && npm ci (needs node 20+ with npm)";
    private static final long TIMEOUT_MINUTES = 10;

    @Test
    void widget_passes_its_browser_tests_on_the_demo_page(@TempDir Path tempDir) throws Exception {
        Path node = onPath("node").orElseThrow(() -> new AssertionError("node is not on the PATH; " + INSTALL));
        assertTrue(Files.isDirectory(Path.of("node_modules", "playwright-core")),
                "node_modules/playwright-core is missing; run `npm ci` in the repository root; " + INSTALL);
        Path chromium = chromium().orElseThrow(() -> new AssertionError(
                "Chromium not found (set CHROMIUM_PATH or put chromium on the PATH); " + INSTALL));

        try (TestServer server = TestServer.start(tempDir)) {
            ProcessBuilder builder = new ProcessBuilder(node.toString(), "--test", "src/test/js/")
                    .redirectErrorStream(true);
            builder.environment().put("DOYAK_BASE_URL", server.baseUrl());
            builder.environment().put("CHROMIUM_PATH", chromium.toString());
            builder.environment().put("DOYAK_ARTIFACTS", Path.of("target", "test-artifacts").toString());
            Process process = builder.start();
            Thread pump = new Thread(() -> copyLines(process), "node-test-output");
            pump.setDaemon(true);
            pump.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("the browser tests did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            pump.join(TimeUnit.SECONDS.toMillis(5));
            assertEquals(0, process.exitValue(), "node --test src/test/js/ failed; its report is above");
        }
    }

    private static void copyLines(Process process) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
            out.lines().forEach(line -> System.out.println("[widget] " + line));
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
