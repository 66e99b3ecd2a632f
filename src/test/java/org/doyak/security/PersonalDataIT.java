package org.doyak.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.doyak.testing.TestServer;
import org.doyak.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal identifiers never reach the database files; an erasure leaves nothing recoverable in them
 * (main file, write-ahead log, shared memory); nothing typed after declining consent is kept.
 */
class PersonalDataIT {
    private static final String RRN = "900101-1234567";
    private static final String PHONE = "010-2345-6789";
    private static final String EMAIL = "minji.secret@example.com";
    @TempDir
    Path dir;
    private TestServer server;
    private WebClient web;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        web = new WebClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Which of the strings occur, as UTF-8 bytes, in any of the database's files. */
    private List<String> foundInFiles(String... strings) throws IOException {
        List<String> found = new ArrayList<>();
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path file = dir.resolve("doyak.db" + suffix);
            if (!Files.exists(file)) {
                continue;
            }
            String raw = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            for (String s : strings) {
                if (raw.contains(new String(s.getBytes(UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1))) {
                    found.add(s + " in " + file.getFileName());
                }
            }
        }
        return found;
    }

    @Test
    void identifiers_are_masked_before_they_are_stored() throws Exception {
        WebClient.Session s = web.newSession("ko");
        String typed = "제 주민번호는 " + RRN + "이고 전화는 " + PHONE + ", 메일은 " + EMAIL + "예요";
        assertEquals(200, web.say(s, typed).status());
        String history = web.history(s).body().toString();
        assertTrue(history.contains("[주민등록번호]") && history.contains("[전화번호]") && history.contains("[이메일]"),
                history);
        assertFalse(history.contains(RRN) || history.contains(PHONE) || history.contains(EMAIL), history);
        assertEquals(List.of(), foundInFiles(RRN, "1234567", PHONE, "2345-6789", EMAIL));
    }

    @Test
    void nothing_typed_after_declining_consent_is_kept() throws Exception {
        WebClient.Session s = web.newSession("ko");
        web.say(s, "개인정보 동의");
        web.press(s, "no");
        assertEquals(200, web.say(s, "비밀메모 QZXW 입니다").status());
        String history = web.history(s).body().toString();
        assertFalse(history.contains("QZXW"), history);
        assertTrue(history.contains("(동의하지 않아 저장하지 않았어요)"), history); // messages.yaml not_kept
        assertEquals(List.of(), foundInFiles("QZXW"));
    }

    @Test
    void an_erasure_leaves_nothing_recoverable_in_the_database_files() throws Exception {
        WebClient.Session s = web.newSession("ko");
        for (int i = 0; i < 20; i++) {
            web.say(s, "이력서 쓰는 법 알려줘 JQVK" + i + " " + "가".repeat(200));
        }
        assertFalse(foundInFiles("JQVK1").isEmpty(), "the marker is stored before the erasure");
        web.say(s, "내 정보 삭제");
        web.press(s, "yes");
        String history = web.history(s).body().toString();
        assertFalse(history.contains("JQVK"), history);
        assertEquals(List.of(), foundInFiles("JQVK"));
    }
}
