package org.doyak.conversation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final Keywords keywords = new Keywords();
    private final Map<String, Text> buttonTitles = new HashMap<>();
    private final List<String> crisisPhrases;
    private final ContentIds ids;
    private final ShortAnswers shortAnswers;
    private final FeelingKinds feelings;

    TriggerIndex(Dialogs dialogs) {
        this.dialogs = dialogs;
        this.crisisPhrases = CrisisWords.phrases(dialogs);
        this.ids = new ContentIds(dialogs);
        this.shortAnswers = new ShortAnswers(dialogs);
        this.feelings = new FeelingKinds(dialogs);
        for (Flow flow : dialogs.flowList()) {
            flow.triggers().commands().forEach(c -> commands.putIfAbsent(c.toLowerCase(Locale.ROOT), flow));
            flow.triggers().payloads().forEach(p -> payloads.putIfAbsent(p, flow));
            flow.triggers().intents().forEach(i -> intents.putIfAbsent(i, flow));
            flow.triggers().keywords().forEach(k -> keywords.add(k, flow));
            for (Step step : flow.steps()) {
                step.buttons().forEach(b -> buttonTitles.putIfAbsent(b.payload(), b.title()));
            }
        }
    }

    Dialogs dialogs() {
        return dialogs;
    }

    /** The ids of the content's programs, centers and events. */
    ContentIds ids() {
        return ids;
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
        return keywords.first(text);
    }

    /** Each flow a keyword in the text starts, by where the keyword appears (see {@link Keywords#hits}). */
    List<Keywords.Hit> keywordsIn(String text) {
        return keywords.hits(text);
    }

    /**
     * The flow whose keyword is the whole message (e.g. "메뉴", "menu"): it leaves even a free-text
     * question, since nobody answers a question with exactly a keyword.
     */
    Optional<Flow> exactKeyword(String text) {
        return keywords.exact(text);
    }

    /** Whether the text shows signs of crisis (see {@link CrisisWords}). */
    boolean crisis(String text) {
        return CrisisWords.in(crisisPhrases, text);
    }

    /** Reads short typed replies as yes or no (see {@link ShortAnswers}). */
    ShortAnswers shortAnswers() {
        return shortAnswers;
    }

    /** Tells which feeling a message carries (see {@link FeelingKinds}). */
    FeelingKinds feelings() {
        return feelings;
    }

    /** The title of a button with this payload anywhere in the flows. */
    Optional<Text> buttonTitle(String payload) {
        return Optional.ofNullable(buttonTitles.get(payload));
    }
}
