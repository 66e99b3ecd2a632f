package org.doyak.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.Text;

/**
 * Finds the flow a command, payload, keyword or intent starts, and the title of any button payload.
 * Built once per {@link Dialogs}; immutable and thread-safe.
 */
final class TriggerIndex {
    private final Dialogs dialogs;
    private final Map<String, Flow> commands = new HashMap<>();
    private final Map<String, Flow> payloads = new HashMap<>();
    private final Map<String, Flow> intents = new HashMap<>();
    private final List<Keyword> keywords = new ArrayList<>();
    private final Map<String, Text> buttonTitles = new HashMap<>();
    private final List<String> crisisPhrases;

    TriggerIndex(Dialogs dialogs) {
        this.dialogs = dialogs;
        this.crisisPhrases = CrisisWords.phrases(dialogs);
        for (Flow flow : dialogs.flowList()) {
            flow.triggers().commands().forEach(c -> commands.putIfAbsent(c.toLowerCase(Locale.ROOT), flow));
            flow.triggers().payloads().forEach(p -> payloads.putIfAbsent(p, flow));
            flow.triggers().intents().forEach(i -> intents.putIfAbsent(i, flow));
            flow.triggers().keywords().forEach(k -> keywords.add(Keyword.of(k, flow)));
            for (Step step : flow.steps()) {
                step.buttons().forEach(b -> buttonTitles.putIfAbsent(b.payload(), b.title()));
            }
        }
    }

    Dialogs dialogs() {
        return dialogs;
    }

    Optional<Flow> command(String command) {
        return Optional.ofNullable(commands.get(command.toLowerCase(Locale.ROOT)));
    }

    Optional<Flow> payload(String payload) {
        return Optional.ofNullable(payloads.get(payload));
    }

    Optional<Flow> intent(String intent) {
        return Optional.ofNullable(intents.get(intent));
    }

    /** The flow of the first keyword the text contains (Hangul anywhere; Latin as a whole word). */
    Optional<Flow> keyword(String text) {
        String normalized = Answers.normalize(text);
        String spaced = " " + text.toLowerCase(Locale.ROOT) + " ";
        return keywords.stream().filter(k -> k.foundIn(normalized, spaced)).map(Keyword::flow).findFirst();
    }

    /**
     * The flow whose keyword is the whole message (e.g. "메뉴", "menu"): it leaves even a free-text
     * question, since nobody answers a question with exactly a keyword.
     */
    Optional<Flow> exactKeyword(String text) {
        String normalized = Answers.normalize(text);
        return keywords.stream().filter(k -> k.normalized().equals(normalized)).map(Keyword::flow).findFirst();
    }

    /** Whether the text shows signs of crisis (see {@link CrisisWords}). */
    boolean crisis(String text) {
        return CrisisWords.in(crisisPhrases, text);
    }

    /** The title of a button with this payload anywhere in the flows. */
    Optional<Text> buttonTitle(String payload) {
        return Optional.ofNullable(buttonTitles.get(payload));
    }


    /** A keyword and its flow. */
    private record Keyword(String normalized, Pattern latinWord, Flow flow) {

        static Keyword of(String keyword, Flow flow) {
            boolean latin = keyword.chars().allMatch(c -> c < 0x80);
            String quoted = Pattern.quote(keyword.toLowerCase(Locale.ROOT));
            Pattern word = latin ? Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])") : null;
            return new Keyword(Answers.normalize(keyword), word, flow);
        }

        boolean foundIn(String normalizedText, String lowerText) {
            return latinWord != null ? latinWord.matcher(lowerText).find() : normalizedText.contains(normalized);
        }
    }
}
