package org.doyak.channel.web;

import java.nio.file.Path;
import java.util.Map;
import org.doyak.testing.BrowserTests;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the widget's browser tests ({@code src/test/js/widget.test.js}) against the real server on a
 * free port with a fresh SQLite database; fails when node, playwright-core or Chromium is missing.
 */
class WidgetBrowserIT {
    @Test
    void widget_passes_its_browser_tests_on_the_demo_page(@TempDir Path tempDir) throws Exception {
        try (TestServer server = TestServer.start(tempDir)) {
            BrowserTests.run(Path.of("src", "test", "js", "widget.test.js"), server, Map.of());
        }
    }
}
