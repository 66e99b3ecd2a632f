package org.doyak.handoff;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.doyak.testing.BrowserTests;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the console's browser tests ({@code src/test/js/console.test.js}) against the real server with
 * counselors on duty round the clock, two fresh counselor accounts and a team lead (admin); fails when
 * node, playwright-core or Chromium is missing. Screenshots go to {@code target/test-artifacts/console-1280.png}
 * and {@code console-375.png}.
 */
class ConsoleBrowserIT {
    private static final String PASSWORD = "browser test password";

    @Test
    void console_passes_its_browser_tests_with_a_widget_seeker(@TempDir Path tempDir) throws Exception {
        try (TestServer server = TestServer.start(tempDir, Clock.systemUTC(), "always")) {
            server.addStaff("kim", "counselor", PASSWORD);
            server.addStaff("lee", "counselor", PASSWORD);
            server.addStaff("boss", "admin", PASSWORD);
            BrowserTests.run(Path.of("src", "test", "js", "console.test.js"), server, Map.of("DOYAK_CONSOLE_USER",
                    "kim", "DOYAK_CONSOLE_PASSWORD", PASSWORD, "DOYAK_CONSOLE_ADMIN", "boss"));
        }
    }
}
