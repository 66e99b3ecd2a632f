package org.doyak.handoff;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.doyak.testing.BrowserTests;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the console's browser test ({@code src/test/js/console.test.js}) against the real server with
 * counselors on duty round the clock and a fresh counselor account; fails when node, playwright-core or
 * Chromium is missing. The screenshot goes to {@code target/test-artifacts/console-1280.png}.
 */
class ConsoleBrowserIT {
    private static final String PASSWORD = "browser test password";

    @Test
    void console_passes_its_browser_test_with_a_widget_seeker(@TempDir Path tempDir) throws Exception {
        try (TestServer server = TestServer.start(tempDir, Clock.systemUTC(), "always")) {
            server.addStaff("kim", "counselor", PASSWORD);
            BrowserTests.run(Path.of("src", "test", "js", "console.test.js"), server,
                    Map.of("DOYAK_CONSOLE_USER", "kim", "DOYAK_CONSOLE_PASSWORD", PASSWORD));
        }
    }
}
