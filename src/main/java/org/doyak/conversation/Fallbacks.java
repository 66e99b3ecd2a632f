package org.doyak.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doyak.dialog.Button;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;
import org.doyak.nlu.IntentScore;

/**
 * What the bot says when it does not start a flow: a short clarification with the two or three
 * likeliest topics (never a fixed menu), an honest "that's not something I have" for requests out of
 * scope, a feeling acknowledged with a person offered, and the choices for a long pasted text. With a
 * question pending it is asked again afterwards. One instance per turn; not thread-safe.
 */
final class Fallbacks {
    static final String HANDOFF_INTENT = "human_handoff";
    private static final int SUGGESTIONS = 3;
    /** Intents that never decide what a long text is about (a letter that ends "감사합니다" is no goodbye). */
    private static final Set<String> SMALL_TALK = Set.of("greet", "goodbye", Meaning.OUT_OF_SCOPE);
    /** What a seeker may want done with a long text, by the payload of the flow that does it. */
    private static final List<String> LONG_TEXT_PAYLOADS = List.of("resume_check", "interview");

    private final TriggerIndex index;
    private final Dialogs dialogs;
    private final FlowRunner runner;

    Fallbacks(TriggerIndex index, FlowRunner runner) {
        this.index = index;
        this.dialogs = index.dialogs();
        this.runner = runner;
    }

    /** Not understood: the likeliest topics; from the second miss in a row, a counselor first. */
    void unclear(Meaning meaning, int misses) {
        List<Button> buttons = likeliest(meaning, SUGGESTIONS);
        Optional<Button> counselor = counselor();
        if (misses >= 2 && counselor.isPresent()) {
            buttons.removeIf(b -> b.payload().equals(counselor.get().payload()));
            buttons.add(0, counselor.get());
            runner.offer(dialogs.message(SystemText.OFFER_COUNSELOR), buttons);
        } else {
            if (buttons.isEmpty()) {
                index.command("/menu").flatMap(Fallbacks::button).ifPresent(buttons::add);
            }
            runner.offer(dialogs.message(SystemText.UNCLEAR), buttons);
        }
        runner.askAgain();
    }

    /**
     * Out of scope: said plainly, with where to ask and the two likeliest topics we do cover; from the
     * second miss in a row, a counselor is offered as well.
     */
    void notCovered(Meaning meaning, int misses) {
        if (misses >= 2 && counselor().isPresent()) {
            runner.offer(dialogs.message(SystemText.NOT_COVERED), List.of());
            unclear(meaning, misses);
            return;
        }
        runner.offer(dialogs.message(SystemText.NOT_COVERED), likeliest(meaning, 2));
        runner.askAgain();
    }

    /**
     * Burnout, rejection, anxiety: the feeling acknowledged in words that fit it (see {@link FeelingKinds})
     * and a person offered, then the pending question; never a menu, but after the person the topics the
     * seeker named ("면접 또 떨어졌어요"), else those the feeling suggests (benefit after losing a job).
     */
    void feelingDown(String text, List<Flow> named) {
        FeelingKinds.Kind kind = index.feelings().of(text);
        List<Button> buttons = new ArrayList<>();
        counselor().ifPresent(buttons::add);
        List<Flow> topics = new ArrayList<>(named);
        kind.offers().forEach(p -> index.payload(p).filter(f -> !topics.contains(f)).ifPresent(topics::add));
        topics.stream().limit(2).forEach(f -> button(f).filter(b -> !buttons.contains(b)).ifPresent(buttons::add));
        runner.offer(acknowledging(SystemText.FEELING_DOWN, kind), buttons);
        runner.askAgain();
    }

    /** A request said with a feeling: the acknowledgment that fits it, before the help. */
    void feelingNoted(String text) {
        runner.offer(acknowledging(SystemText.FEELING_NOTED, index.feelings().of(text)), List.of());
    }

    private Text acknowledging(SystemText message, FeelingKinds.Kind kind) {
        Text text = dialogs.message(message);
        return new Text(text.ko().replace("{feeling}", kind.ack().ko()),
                text.en().replace("{feeling}", kind.ack().en()));
    }

    /** A pasted document: what the bot can do with it (a check, interview feedback, the likeliest topic). */
    void longText(Meaning meaning) {
        List<Button> buttons = new ArrayList<>();
        LONG_TEXT_PAYLOADS.forEach(p -> index.payload(p).flatMap(Fallbacks::button).ifPresent(buttons::add));
        for (Button b : likeliest(meaning, 1)) {
            if (buttons.stream().noneMatch(x -> x.payload().equals(b.payload()))) {
                buttons.add(b);
            }
        }
        runner.offer(dialogs.message(SystemText.LONG_TEXT), buttons);
    }

    /** Whether an intent may decide what a long text is about. */
    static boolean decidesLongText(String intent) {
        return !SMALL_TALK.contains(intent);
    }

    private List<Button> likeliest(Meaning meaning, int max) {
        List<Button> buttons = new ArrayList<>();
        for (IntentScore score : meaning.understanding().ranking()) {
            index.intent(score.name()).flatMap(Fallbacks::button)
                    .filter(b -> buttons.size() < max
                            && buttons.stream().noneMatch(x -> x.payload().equals(b.payload())))
                    .ifPresent(buttons::add);
        }
        return buttons;
    }

    private Optional<Button> counselor() {
        return index.intent(HANDOFF_INTENT).flatMap(Fallbacks::button);
    }

    private static Optional<Button> button(Flow flow) {
        return flow.entryPayload().map(p -> new Button(flow.title(), p));
    }
}
