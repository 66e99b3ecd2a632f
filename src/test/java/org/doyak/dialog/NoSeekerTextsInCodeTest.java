package org.doyak.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What seekers read lives in {@code dialogs/} (messages, flows, content), in Korean and English, where staff
 * can change it: {@code src/main/java} holds no Hangul string literal outside comments, except the files
 * listed here with the reason, and regular expressions (a literal with {@code |}, a backslash, {@code (?}
 * or {@code [}), which find words in what seekers type rather than say anything to them.
 */
class NoSeekerTextsInCodeTest {
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("org/doyak/dialog/Particles.java", "the particle helper (은/는, 이/가 …)"),
            Map.entry("org/doyak/dialog/load/", "validate's messages to staff (Korean and English)"),
            Map.entry("org/doyak/dialog/check/", "validate's messages to staff (Korean and English)"),
            Map.entry("org/doyak/dialog/graph/", "flow pictures for staff (seekers per step)"),
            Map.entry("org/doyak/cli/", "command-line messages to staff and operators"),
            Map.entry("org/doyak/scripts/", "the conversation-test reports to staff"),
            Map.entry("org/doyak/nlu/", "words and entity finders for what seekers type (regions, ages, dates)"),
            Map.entry("org/doyak/conversation/Ordinals.java", "ordinal words seekers type (두번째)"),
            Map.entry("org/doyak/storage/SampleConversations.java", "made-up conversations for load tests"),
            Map.entry("org/doyak/content/SeekerFacts.java", "the counselors' seeker card labels (staff)"),
            Map.entry("org/doyak/handoff/HandoffAlerts.java", "the counselors' Telegram group alert (staff)"),
            Map.entry("org/doyak/conversation/HandoffSteps.java", "a date pattern (M월 d일)"),
            Map.entry("org/doyak/content/BookingSlots.java", "booking texts: to move with the centers work (issue 15)"),
            Map.entry("org/doyak/content/BookingDesk.java", "booking texts: to move with the centers work (issue 15)"),
            Map.entry("org/doyak/content/Statuses.java", "status words: to move into content"),
            Map.entry("org/doyak/content/FactFields.java", "fact field words: to move into messages"),
            Map.entry("org/doyak/handoff/CallbackAction.java", "callback time words: to move into messages"),
            Map.entry("org/doyak/channel/telegram/Commands.java", "Telegram's command menu: to move into messages"),
            Map.entry("org/doyak/conversation/Replies.java", "the default of the 'more' button (messages.yaml wins)"),
            Map.entry("org/doyak/privacy/StoredForm.java",
                    "the stored placeholder (ko · en) for text not kept without consent: to move into messages"));
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern REGEX = Pattern.compile("[|\\[]|\\\\|\\(\\?");

    @Test
    void seeker_texts_are_in_dialogs_not_in_java() throws IOException {
        Path root = Path.of("src/main/java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (ALLOWED.keySet().stream().noneMatch(name::startsWith)) {
                    String code = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                    Matcher m = LITERAL.matcher(code);
                    while (m.find()) {
                        if (HANGUL.matcher(m.group(1)).find() && !REGEX.matcher(m.group(1)).find()) {
                            found.add(name + ": \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "seeker-visible texts belong in dialogs/messages.yaml (ko and en)");
    }
}
