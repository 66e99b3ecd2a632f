package org.doyak.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.Button;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Expect;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;
import org.doyak.nlu.IntentScore;
import org.doyak.nlu.ScriptLanguage;
import org.doyak.nlu.Understander;
import org.doyak.nlu.Understanding;

/** Decides what one inbound message means for a conversation and runs it. One instance per turn. */
final class Turn {
    static final String OUT_OF_SCOPE = "out_of_scope";
    static final String HANDOFF_INTENT = "human_handoff";
    static final String CANCEL_HANDOFF = "handoff:cancel";
    /** Set once the seeker picks a language; from then on the bot no longer follows their writing. */
    static final String LANG_CHOSEN = "_lang_chosen";
    private static final int SUGGESTIONS = 3;
    /** The slot of the satisfaction question's answer, counted on the dashboard. */
    private static final String SATISFACTION = "satisfaction";
    /** A wrong answer leaves the question for another topic only when the classifier is this sure. */
    private static final double LEAVE_QUESTION = 0.8;

    private final TriggerIndex index;
    private final Dialogs dialogs;
    private final Understander understander;
    private final Conversation before;
    private final Replies replies;
    private final FlowRunner runner;
    private int misunderstandings;
    private Unrecognised unrecognised;
    private IntentScore intent;

    Turn(TriggerIndex index, Map<String, Action> actions, Understander understander, CounselorHours hours,
            Conversation before, Instant now) {
        this.index = index;
        this.dialogs = index.dialogs();
        this.understander = understander;
        this.before = before;
        this.replies = new Replies(before.lang(), now);
        this.runner = new FlowRunner(dialogs, actions, hours, before, replies);
        this.misunderstandings = before.misunderstandings();
    }

    /** Handles the message and returns the change to store. */
    ConversationStore.Change run(Inbound in) {
        if (in.payload() != null) {
            replies.user(pressedTitle(in.payload()), "button");
            onPayload(in.payload());
        } else {
            replies.user(in.text(), "text");
            onText(in.text().strip());
        }
        return new ConversationStore.Change(runner.state(replies.lang(), misunderstandings), replies.all());
    }

    /** A message the bot could not place, for staff to learn from; null when the message was understood. */
    Unrecognised unrecognised() {
        return unrecognised;
    }

    /**
     * What this turn did, for the dashboard (call after {@link #run}).
     *
     * @param after the state the turn produced
     */
    TurnEvent event(Conversation after) {
        String satisfaction = after.slots().get(SATISFACTION);
        return new TurnEvent(replies.now(), before.id(), before.channel(), after.lang(),
                intent == null ? null : intent.name(), intent == null ? 0 : intent.confidence(), unrecognised != null,
                runner.trail(), runner.completed(), before.mode() == Mode.BOT && after.mode() != Mode.BOT,
                satisfaction != null && !satisfaction.equals(before.slots().get(SATISFACTION)) ? satisfaction : null);
    }

    /** What the seeker saw on the button: the question's, else the flow's title, else any button's. */
    private String pressedTitle(String payload) {
        Optional<Text> title = runner.pendingQuestion().flatMap(a -> a.buttons().stream()
                .filter(b -> b.payload().equals(payload)).map(Button::title).findFirst())
                .or(() -> index.payload(payload).map(Flow::title))
                .or(() -> index.buttonTitle(payload))
                .or(() -> Optional.of(dialogs.message(SystemText.MORE)).filter(t -> Paging.MORE.equals(payload)));
        return title.map(t -> t.in(before.lang())).orElse(payload);
    }

    private void onPayload(String payload) {
        if (payload.startsWith("lang:")) {
            switchLanguage(payload.substring(5));
        } else if (runner.mode() != Mode.BOT) {
            whileWithPeople(payload);
        } else if (Paging.MORE.equals(payload)) {
            if (!runner.nextPage()) {
                replies.system(text(SystemText.BUTTON_EXPIRED));
            }
        } else {
            Optional<Step.Ask> ask = runner.pendingQuestion();
            Optional<Button> pressed = ask.flatMap(a -> a.buttons().stream()
                    .filter(b -> b.payload().equals(payload)).findFirst());
            if (pressed.isPresent()) {
                understood();
                runner.answer(ask.get(), payload);
            } else if (index.payload(payload).isPresent()) {
                understood();
                runner.start(index.payload(payload).get());
            } else {
                replies.system(text(SystemText.BUTTON_EXPIRED));
                runner.repeatQuestion();
            }
        }
    }

    private void onText(String text) {
        if (index.crisis(text)) {
            understood();
            runner.crisis();
            return;
        }
        if (runner.mode() != Mode.BOT) {
            whileWithPeople(text);
            return;
        }
        if (text.startsWith("/")) {
            String[] parts = text.split("\\s+", 2);
            if ("/lang".equalsIgnoreCase(parts[0])) {
                switchLanguage(parts.length > 1 ? parts[1] : "toggle");
                return;
            }
            Optional<Flow> flow = index.command(parts[0]);
            if (flow.isPresent()) {
                understood();
                runner.start(flow.get());
                return;
            }
        }
        Optional<Step.Ask> ask = runner.pendingQuestion();
        if (ask.isPresent() && answered(ask.get(), text)) {
            return;
        }
        followLanguage(text);
        Understanding meaning = understander.understand(text, replies.lang());
        intent = meaning.best().orElse(null);
        Optional<String> spelledAge = ask.filter(a -> a.expect().kind() == Expect.Kind.NUMBER)
                .flatMap(a -> EntitySlots.age(meaning)).flatMap(age -> Answers.accept(ask.get(), age));
        if (spelledAge.isPresent()) {
            understood();
            runner.answer(ask.get(), spelledAge.get());
            return;
        }
        EntitySlots.remember(meaning, runner.slots());
        Optional<Flow> flow = index.keyword(text).or(() -> byIntent(meaning, ask.isPresent()));
        if (flow.isPresent()) {
            understood();
            runner.start(flow.get());
        } else if (ask.isPresent()) {
            runner.wrongAnswer(ask.get());
        } else {
            unclear(text, meaning);
        }
    }

    /**
     * Takes the text as the answer to the waiting question, unless it is exactly a keyword of another
     * flow (which leaves a free-text question). True when the turn is handled.
     */
    private boolean answered(Step.Ask ask, String text) {
        Optional<Flow> exactKeyword = index.exactKeyword(text)
                .filter(f -> !f.id().equals(runner.position().flow()));
        if (exactKeyword.isPresent() && ask.expect().kind() != Expect.Kind.CHOICE) {
            understood();
            runner.start(exactKeyword.get());
            return true;
        }
        Optional<String> answer = Answers.accept(ask, text);
        if (answer.isPresent()) {
            understood();
            runner.answer(ask, answer.get());
        }
        return answer.isPresent();
    }

    /** The flow of a confident intent; leaving a waiting question needs more confidence. */
    private Optional<Flow> byIntent(Understanding meaning, boolean asking) {
        double needed = asking ? Math.max(meaning.threshold(), LEAVE_QUESTION) : meaning.threshold();
        return meaning.best().filter(b -> b.confidence() >= needed && !OUT_OF_SCOPE.equals(b.name()))
                .flatMap(b -> index.intent(b.name()));
    }

    private void unclear(String text, Understanding meaning) {
        misunderstandings++;
        unrecognised = new Unrecognised(before.id(), text, replies.lang(),
                meaning.best().map(IntentScore::name).orElse(""),
                meaning.best().map(IntentScore::confidence).orElse(0.0));
        List<Button> buttons = new ArrayList<>();
        for (IntentScore score : meaning.ranking()) {
            index.intent(score.name()).filter(f -> f.entryPayload().isPresent() && buttons.size() < SUGGESTIONS)
                    .ifPresent(f -> buttons.add(new Button(f.title(), f.entryPayload().get())));
        }
        Optional<Flow> counselor = index.intent(HANDOFF_INTENT).filter(f -> f.entryPayload().isPresent());
        if (misunderstandings >= 2 && counselor.isPresent()) {
            buttons.removeIf(b -> b.payload().equals(counselor.get().entryPayload().get()));
            buttons.add(0, new Button(counselor.get().title(), counselor.get().entryPayload().get()));
            runner.offer(dialogs.message(SystemText.OFFER_COUNSELOR), buttons);
        } else {
            index.command("/menu").filter(f -> buttons.isEmpty() && f.entryPayload().isPresent())
                    .ifPresent(f -> buttons.add(new Button(f.title(), f.entryPayload().get())));
            runner.offer(dialogs.message(SystemText.UNCLEAR), buttons);
        }
    }

    private void whileWithPeople(String input) {
        if (CANCEL_HANDOFF.equals(input) || "/cancel".equalsIgnoreCase(input)) {
            if (runner.mode() == Mode.WAITING) {
                runner.cancelHandoff();
                replies.system(text(SystemText.HANDOFF_CANCELLED));
            }
            return;
        }
        if (runner.mode() == Mode.WAITING) {
            replies.system(text(SystemText.STILL_WAITING));
        }
    }

    /** Answers in the language the seeker writes, unless they chose one themselves. */
    private void followLanguage(String text) {
        if (!runner.slots().containsKey(LANG_CHOSEN)) {
            ScriptLanguage.confident(text).ifPresent(replies::lang);
        }
    }

    private void switchLanguage(String lang) {
        runner.slots().put(LANG_CHOSEN, "yes");
        String wanted = "toggle".equalsIgnoreCase(lang.strip()) ? ("en".equals(replies.lang()) ? "ko" : "en")
                : lang.strip();
        replies.lang("en".equalsIgnoreCase(wanted) ? "en" : "ko");
        replies.system(text(SystemText.LANGUAGE_SWITCHED));
        runner.repeatQuestion();
    }

    private void understood() {
        misunderstandings = 0;
    }

    private String text(SystemText key) {
        Text t = dialogs.message(key);
        return t.in(replies.lang());
    }
}
