package org.doyak.security;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database the service cannot trust or write is refused at start with one clear sentence. */
class StartupChecksIT {

    private static String refusal(Path dir) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TestServer.start(dir).close());
        String message = e.getMessage();
        assertTrue(message.startsWith("The database"), message);
        assertTrue(message.lines().count() == 1, "one sentence: " + message);
        return message;
    }

    @Test
    void an_empty_existing_file_is_refused(@TempDir Path dir) throws Exception {
        Files.createFile(dir.resolve("doyak.db"));
        assertTrue(refusal(dir).contains("empty (0 bytes)"));
    }

    @Test
    void a_file_with_corrupt_pages_is_refused(@TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.start(dir)) {
            WebClient web = new WebClient(server.baseUrl());
            for (int i = 0; i < 30; i++) {
                web.say(web.newSession("ko"), "안녕하세요 " + "가".repeat(500));
            }
        }
        Path db = dir.resolve("doyak.db");
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            long pages = file.length() / 4096;
            for (long page = 2; page < pages; page += 2) {
                file.seek(page * 4096 + 100);
                file.write("garbage!".repeat(200).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
        }
        assertTrue(refusal(dir).contains("corrupt"));
    }

    @Test
    void a_file_locked_by_another_process_is_refused_quickly(@TempDir Path dir) throws Exception {
        TestServer.start(dir).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("doyak.db"));
                Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("UPDATE health_probe SET probed_at = 'held' WHERE id = 1");
            long start = System.nanoTime();
            String message = refusal(dir);
            assertTrue(message.contains("locked by another process"), message);
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos(), "refused in seconds");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void a_read_only_file_is_refused(@TempDir Path dir) throws Exception {
        TestServer.start(dir).close();
        Path db = dir.resolve("doyak.db");
        boolean immutable = new ProcessBuilder("chattr", "+i", db.toString()).start().waitFor() == 0;
        if (!immutable) {
            assertTrue(db.toFile().setWritable(false, false), "cannot make the file read-only");
        }
        try {
            String message = refusal(dir);
            assertTrue(message.contains("read-only") || message.contains("does not accept writes"), message);
        } finally {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", db.toString()).start().waitFor();
            }
            db.toFile().setWritable(true, false);
        }
    }
}
