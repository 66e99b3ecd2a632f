package org.doyak;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.doyak.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppStartIT {
    private static final String LONG = "아주아주아주아주아주아주아주아주아주아주아주아주긴버튼페이로드입니다";

    @Test
    void serve_logs_each_validate_warning_once_at_start(@TempDir Path dir) throws IOException {
        Path dialogs = dir.resolve("dialogs");
        copy(TestServer.DIALOGS, dialogs);
        Files.writeString(dialogs.resolve("flows/zz_long.yaml"), String.join("\n",
                "id: long_payload",
                "title: {ko: 긴 버튼, en: Long button}",
                "triggers:",
                "  payloads: [" + LONG + "]",
                "steps:",
                "  - end: {ko: \"골라 주세요\", en: \"Pick one\"}",
                "    buttons:",
                "      - {title: {ko: 긴 버튼, en: Long}, payload: " + LONG + "}",
                ""), UTF_8);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, UTF_8));
        try {
            TestServer.start(dir, dialogs).close();
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(UTF_8);
        long warnings = log.lines().filter(l -> l.contains("zz_long.yaml:6:5: 경고: 버튼 payload")).count();
        assertEquals(1, warnings, log);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(f -> {
                try {
                    Files.copy(f, to.resolve(from.relativize(f).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
