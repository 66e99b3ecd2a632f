package org.doyak.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What seekers read lives in {@code dialogs/} (messages, flows, content), in Korean and English, where staff
 * can change it and see it live: {@code src/main/java} holds no Hangul string literal outside comments,
 * except in the files listed here, one by one, each with the reason its Hangul is not something the bot
 * says to a seeker. An entry whose file no longer holds Hangul is an error too, so the list only shrinks.
 */
class NoSeekerTextsInCodeTest {
    private static final String STAFF_CHECKS = "validate's messages to staff (Korean and English): they explain "
            + "mistakes in dialogs/, so they cannot live in the files they check";
    private static final String STAFF_CLI = "command-line messages to staff and operators (Korean and English)";
    private static final String SEEKER_WORDS = "patterns for words seekers type (normalisation, entities), "
            + "never said to anyone";
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("org/doyak/dialog/Particles.java", "the particle table (은/는, 이/가 …) and number readings"),
            Map.entry("org/doyak/dialog/Placeholders.java", "the placeholder pattern {name|은} (particles)"),
            Map.entry("org/doyak/dialog/load/Particles.java", "validate's particle-hedge check (staff)"),
            Map.entry("org/doyak/dialog/load/Closest.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/ContentParser.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/Dates.java", STAFF_CHECKS + "; date shapes staff write (2026년 3월)"),
            Map.entry("org/doyak/dialog/load/DialogLoader.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/FlowParser.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/ItemRules.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/Reader.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/SchemaCheck.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/StepParser.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/UnquotedComma.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/WidgetSection.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/YamlSyntax.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/load/YamlTree.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/check/ButtonLimits.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/check/FlowChecks.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/check/MeaningChecks.java", STAFF_CHECKS),
            Map.entry("org/doyak/dialog/graph/MermaidGraph.java", "flow pictures for staff (seekers per step: 명)"),
            Map.entry("org/doyak/cli/Bundled.java", STAFF_CLI),
            Map.entry("org/doyak/cli/InitCommand.java", STAFF_CLI),
            Map.entry("org/doyak/cli/ReloadCommand.java", STAFF_CLI),
            Map.entry("org/doyak/cli/TestCommand.java", STAFF_CLI),
            Map.entry("org/doyak/cli/ValidateCommand.java", STAFF_CLI),
            Map.entry("org/doyak/cli/LoadDriver.java", "what bench's made-up seekers type (load test)"),
            Map.entry("org/doyak/storage/SampleConversations.java", "made-up conversations for load tests"),
            Map.entry("org/doyak/scripts/ScriptReader.java", "the conversation-test reports to staff"),
            Map.entry("org/doyak/scripts/ScriptRunner.java", "the conversation-test reports to staff"),
            Map.entry("org/doyak/scripts/StepCheck.java", "the conversation-test reports to staff"),
            Map.entry("org/doyak/content/SeekerFacts.java", "the counselors' seeker card labels (staff)"),
            Map.entry("org/doyak/handoff/HandoffAlerts.java", "the counselors' Telegram group alert (staff)"),
            Map.entry("org/doyak/privacy/PersonalData.java", "mask tokens ([전화번호]) written into stored "
                    + "transcripts in place of identifiers: a storage format, kept fixed so exports stay searchable"),
            Map.entry("org/doyak/content/BookingSlots.java", "a DateTimeFormatter pattern (M월 d일(E) HH:mm)"),
            Map.entry("org/doyak/conversation/HandoffSteps.java", "a DateTimeFormatter pattern (M월 d일 (E) HH:mm)"),
            Map.entry("org/doyak/content/AnswerFeedback.java", SEEKER_WORDS),
            Map.entry("org/doyak/content/RegionGroups.java", SEEKER_WORDS + " (place-name endings 시군구도)"),
            Map.entry("org/doyak/content/ResumeCheck.java", SEEKER_WORDS + " (sections and vague words of a 자기소개서)"),
            Map.entry("org/doyak/conversation/Answers.java", SEEKER_WORDS),
            Map.entry("org/doyak/conversation/Offers.java", SEEKER_WORDS),
            Map.entry("org/doyak/conversation/Ordinals.java", SEEKER_WORDS + " (두번째)"),
            Map.entry("org/doyak/conversation/TwoRequests.java", SEEKER_WORDS + " (둘 다, 이랑)"),
            Map.entry("org/doyak/conversation/ShortAnswers.java", SEEKER_WORDS + " (ㅋㅋ, ㅠㅠ)"),
            Map.entry("org/doyak/nlu/TextNormalizer.java", SEEKER_WORDS + " (ㅋㅋ, ㅎㅎ)"),
            Map.entry("org/doyak/nlu/AgeFinder.java", SEEKER_WORDS),
            Map.entry("org/doyak/nlu/DateFinder.java", SEEKER_WORDS),
            Map.entry("org/doyak/nlu/QuestionFinder.java", SEEKER_WORDS),
            Map.entry("org/doyak/nlu/StatusFinder.java", SEEKER_WORDS));
    private static final Path ROOT = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u3131-\\u318E]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void seeker_texts_are_in_dialogs_not_in_java() throws IOException {
        List<String> found = new ArrayList<>();
        hangulLiterals().forEach((file, literals) -> {
            if (!ALLOWED.containsKey(file)) {
                literals.forEach(l -> found.add(file + ": \"" + l + "\""));
            }
        });
        assertEquals(List.of(), found, "seeker-visible texts belong in dialogs/messages.yaml (ko and en)");
    }

    @Test
    void every_allowed_file_still_needs_its_exception() throws IOException {
        Map<String, List<String>> literals = hangulLiterals();
        List<String> stale = ALLOWED.keySet().stream().filter(f -> !literals.containsKey(f)).sorted().toList();
        assertEquals(List.of(), stale, "remove these from the allow-list: they hold no Hangul literal any more");
    }

    private static Map<String, List<String>> hangulLiterals() throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = ROOT.relativize(file).toString().replace('\\', '/');
                Matcher m = LITERAL.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(" "));
                while (m.find()) {
                    if (HANGUL.matcher(m.group(1)).find()) {
                        out.computeIfAbsent(name, k -> new ArrayList<>()).add(m.group(1));
                    }
                }
            }
        }
        return out;
    }
}
