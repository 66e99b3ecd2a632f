package org.doyak.admin;

import java.nio.file.Path;
import java.util.Map;
import org.doyak.testing.BrowserTests;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code src/test/js/admin.test.js} in headless Chromium against a real server with an admin account. */
class DashboardBrowserIT {
    private static final String PASSWORD = "browser test password";

    @Test
    void dashboard_passes_its_browser_test(@TempDir Path tempDir) throws Exception {
        try (TestServer server = TestServer.start(tempDir)) {
            server.addStaff("lee", "admin", PASSWORD);
            BrowserTests.run(Path.of("src", "test", "js", "admin.test.js"), server,
                    Map.of("DOYAK_ADMIN_USER", "lee", "DOYAK_ADMIN_PASSWORD", PASSWORD));
        }
    }
}
