package org.doyak.handoff;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.doyak.testing.BrowserTests;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code src/test/js/centers.test.js} in headless Chromium against the real server: a widget on a
 * Jeonbuk page ({@code data-center="jeonbuk"}), one counselor for Jeonbuk and one for Incheon Seo-gu, counselors
 * on duty round the clock. Screenshot: {@code target/test-artifacts/console-centers-1280.png}.
 */
class CenterBrowserIT {
    private static final String PASSWORD = "browser test password";

    @Test
    void a_center_pages_widget_hands_off_to_that_centers_queue_only(@TempDir Path tempDir) throws Exception {
        try (TestServer server = TestServer.start(tempDir, Clock.systemUTC(), "always")) {
            server.addStaff("jb", "counselor", PASSWORD, List.of("jeonbuk"));
            server.addStaff("sg", "counselor", PASSWORD, List.of("incheon_seogu"));
            BrowserTests.run(Path.of("src", "test", "js", "centers.test.js"), server,
                    Map.of("DOYAK_CENTER_USERS", "jb,sg", "DOYAK_CONSOLE_PASSWORD", PASSWORD));
        }
    }
}
