package org.doyak.channel.web;

import java.nio.file.Path;
import java.util.Map;
import org.doyak.testing.BrowserTests;
import org.doyak.testing.Folders;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code src/test/js/widget-texts.test.js} in headless Chromium: a widget text edited in a copy of the
 * dialogs the real server watches goes live in the widget, in Korean and in English.
 */
class WidgetTextsBrowserIT {
    @Test
    void a_published_widget_text_shows_in_the_widget(@TempDir Path tempDir) throws Exception {
        Path[] copies = Folders.dialogsAndModels(tempDir);
        try (TestServer server = TestServer.start(tempDir, copies[0], copies[1])) {
            BrowserTests.run(Path.of("src", "test", "js", "widget-texts.test.js"), server,
                    Map.of("DOYAK_DIALOGS_DIR", copies[0].toString()));
        }
    }
}
