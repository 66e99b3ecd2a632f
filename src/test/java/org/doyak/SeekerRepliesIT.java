package org.doyak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.doyak.conversation.ChatMessage;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Particles;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.nlu.NoClassifier;
import org.doyak.testing.EngineHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks every flow of the shipped dialogs in both languages, pressing every button and typing typical
 * answers (ages, places, names, a long resume), and checks what a seeker would read: no message over
 * the phone limit, no particle hedge, and long replies paged with a "more" button that shows the rest.
 */
class SeekerRepliesIT {
    private static final int LIMIT = 600;
    private static final int MAX_TURNS = 1200;
    private static final List<String> TYPED = List.of("25", "부천", "서울", "전북", "홍길동", "010-1234-5678",
            "국민취업지원제도", "저는 열심히 노력하는 사람입니다. ".repeat(60));
    @TempDir
    static Path dir;
    static EngineHarness harness;
    static final List<List<ChatMessage>> REPLIES = new ArrayList<>();
    static int paged;

    @BeforeAll
    static void explore() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), ZoneId.of("UTC"));
        harness = EngineHarness.start(dir, Path.of("dialogs"), EngineHarness::serviceActions, new NoClassifier(),
                clock);
        Dialogs dialogs = DialogLoader.load(Path.of("dialogs"), Actions.names()).dialogs();
        Deque<List<String>> paths = new ArrayDeque<>();
        for (Flow flow : dialogs.flowList()) {
            flow.entryPayload().ifPresent(p -> paths.add(List.of("ko", p)));
            flow.entryPayload().ifPresent(p -> paths.add(List.of("en", p)));
        }
        Set<String> seen = new HashSet<>();
        int turns = 0;
        while (!paths.isEmpty() && turns < MAX_TURNS) {
            List<String> path = paths.poll();
            String id = harness.open(path.get(0));
            List<ChatMessage> last = List.of();
            for (String input : path.subList(1, path.size())) {
                last = input.startsWith("say:") ? harness.say(id, input.substring(4)) : harness.press(id, input);
                turns++;
            }
            REPLIES.add(last);
            String signature = path.get(0) + last.stream().map(m -> m.text() + m.buttons()).toList();
            if (!seen.add(signature) || path.size() > 9) {
                continue;
            }
            for (ChatMessage m : last) {
                m.buttons().forEach(b -> paths.add(append(path, b.payload())));
            }
            if (last.stream().allMatch(m -> m.buttons().isEmpty()) || path.size() < 6) {
                TYPED.forEach(t -> paths.add(append(path, "say:" + t)));
            }
        }
    }

    private static List<String> append(List<String> path, String input) {
        List<String> longer = new ArrayList<>(path);
        longer.add(input);
        return longer;
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void every_flow_was_walked_deeply() {
        assertTrue(REPLIES.size() > 300, "only " + REPLIES.size() + " replies explored");
    }

    @Test
    void no_message_a_seeker_reads_is_longer_than_a_phone_screen() {
        for (List<ChatMessage> reply : REPLIES) {
            for (ChatMessage m : reply) {
                assertTrue(m.text().length() <= LIMIT, () -> m.text().length() + " characters:\n" + m.text());
            }
        }
    }

    @Test
    void no_message_a_seeker_reads_hedges_a_particle() {
        for (List<ChatMessage> reply : REPLIES) {
            for (ChatMessage m : reply) {
                assertFalse(Particles.HEDGE.matcher(m.text()).find(), () -> "hedge in:\n" + m.text());
            }
        }
    }

    @Test
    void a_long_list_is_paged_and_more_shows_every_page_once(@TempDir Path other) throws Exception {
        Path dialogs = other.resolve("dialogs");
        Files.createDirectories(dialogs.resolve("flows"));
        Files.createDirectories(dialogs.resolve("content"));
        Files.copy(Path.of("dialogs/messages.yaml"), dialogs.resolve("messages.yaml"));
        Files.writeString(dialogs.resolve("flows/all.yaml"), """
                id: all
                title: {ko: 전체, en: All}
                triggers: {payloads: [all]}
                steps:
                  - list: things
                    limit: 100
                    item: {ko: "• {name}: 설명이 조금 긴 항목이에요. 한 줄에 오십 자쯤 되도록 써 봤어요.", en: "• {name}"}
                    empty: {ko: 없어요, en: None}
                  - end: {ko: 끝이에요, en: The end}
                """);
        StringBuilder items = new StringBuilder("collection: things\nitems:\n");
        for (int i = 1; i <= 40; i++) {
            items.append("  - {id: t").append(i).append(", name: 항목").append(i).append("}\n");
        }
        Files.writeString(dialogs.resolve("content/things.yaml"), items);
        try (EngineHarness lists = EngineHarness.start(other, dialogs)) {
            String id = lists.open("ko");
            List<ChatMessage> first = lists.press(id, "all");
            assertTrue(first.get(0).text().length() <= LIMIT);
            assertEquals("more", first.get(0).buttons().get(0).payload(), "the first page offers 더 보기");
            assertEquals("더 보기", first.get(0).buttons().get(0).title());
            StringBuilder seen = new StringBuilder(first.get(0).text());
            List<ChatMessage> page = first;
            int presses = 0;
            while (page.stream().anyMatch(m -> m.buttons().stream().anyMatch(b -> b.payload().equals("more")))) {
                page = lists.press(id, "more");
                assertEquals(1, page.size());
                assertTrue(page.get(0).text().length() <= LIMIT);
                seen.append('\n').append(page.get(0).text());
                presses++;
            }
            assertTrue(presses >= 2, "40 items need at least three pages");
            for (int i = 1; i <= 40; i++) {
                assertEquals(1, count(seen.toString(), "항목" + i + ":"), "item " + i + " shown exactly once");
            }
            List<ChatMessage> stale = lists.press(id, "more");
            assertEquals("그 버튼은 지금은 쓸 수 없어요.", stale.get(0).text());
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
