package org.doyak.conversation;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.Button;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;
import org.doyak.nlu.IntentScore;
import org.doyak.nlu.Understander;

/**
 * Decides what one inbound message means for a conversation and runs it: a pressed button here, typed
 * text in {@link TextTurn}. Text kept at the consent question is taken up once it is answered. One
 * instance per turn.
 */
final class Turn {
    static final String CANCEL_HANDOFF = "handoff:cancel";
    /** Set once the seeker picks a language; from then on the bot no longer follows their writing. */
    static final String LANG_CHOSEN = "_lang_chosen";
    /** Text typed at the consent question, handled once the question is answered. */
    static final String DEFERRED = "_deferred";
    /** The slot of the satisfaction question's answer, counted on the dashboard. */
    private static final String SATISFACTION = "satisfaction";

    private final TriggerIndex index;
    private final Dialogs dialogs;
    private final Conversation before;
    private final Replies replies;
    private final FlowRunner runner;
    private final TextTurn text;

    Turn(TriggerIndex index, Map<String, Action> actions, Understander understander, CounselorHours hours,
            Conversation before, Instant now) {
        this.index = index;
        this.dialogs = index.dialogs();
        this.before = before;
        this.replies = new Replies(before.lang(), now, dialogs.message(SystemText.MORE));
        this.runner = new FlowRunner(dialogs, actions, hours, before, replies);
        this.text = new TextTurn(index, understander, runner, replies, before);
    }

    /** Handles the message and returns the change to store. */
    ConversationStore.Change run(Inbound in) {
        if (in.payload() != null) {
            replies.user(pressedTitle(in.payload()), "button");
            onPayload(in.payload());
        } else {
            replies.user(in.text(), "text");
            text.handle(in.text().strip());
        }
        takeUpDeferred();
        boolean answering = runner.pendingQuestion().isPresent() || runner.mode() != Mode.BOT;
        Offers.remember(runner.slots(), replies.all(), answering);
        return new ConversationStore.Change(runner.state(replies.lang(), text.misunderstandings()), replies.all());
    }

    /**
     * Handles a message sent to a question that a published edit removed: keeps the message, says the
     * question changed, and starts its flow again (or, when the flow is gone too, just says so).
     */
    ConversationStore.Change restart(Inbound in, Optional<Flow> flow) {
        if (in.payload() != null) {
            replies.user(pressedTitle(in.payload()), "button");
        } else {
            replies.user(in.text(), "text");
        }
        replies.system(dialogs.message(SystemText.STEP_GONE).in(replies.lang()));
        flow.ifPresent(runner::start);
        return new ConversationStore.Change(runner.state(replies.lang(), text.misunderstandings()), replies.all());
    }

    /** A message the bot could not place, for staff to learn from; null when the message was understood. */
    Unrecognised unrecognised() {
        return text.unrecognised();
    }

    /**
     * What this turn did, for the dashboard (call after {@link #run}).
     *
     * @param after the state the turn produced
     */
    TurnEvent event(Conversation after) {
        String satisfaction = after.slots().get(SATISFACTION);
        IntentScore intent = text.intent();
        return new TurnEvent(replies.now(), before.id(), before.channel(), after.lang(),
                intent == null ? null : intent.name(), intent == null ? 0 : intent.confidence(),
                text.unrecognised() != null, runner.trail(), runner.completed(),
                before.mode() == Mode.BOT && after.mode() != Mode.BOT,
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
            text.switchLanguage(payload.substring(5));
        } else if (runner.mode() != Mode.BOT) {
            text.whileWithPeople(payload);
        } else if (Paging.MORE.equals(payload)) {
            if (!runner.nextPage()) {
                replies.system(dialogs.message(SystemText.BUTTON_EXPIRED).in(replies.lang()));
            }
        } else {
            Optional<Step.Ask> ask = runner.pendingQuestion();
            Optional<Button> pressed = ask.flatMap(a -> a.buttons().stream()
                    .filter(b -> b.payload().equals(payload)).findFirst());
            if (pressed.isPresent()) {
                text.understood();
                runner.answer(ask.get(), payload);
            } else if (index.payload(payload).isPresent()) {
                text.understood();
                runner.start(index.payload(payload).get());
            } else {
                replies.system(dialogs.message(SystemText.BUTTON_EXPIRED).in(replies.lang()));
                runner.askAgain();
            }
        }
    }

    /** Handles text kept at the consent question once that question is no longer pending. */
    private void takeUpDeferred() {
        String kept = runner.slots().get(DEFERRED);
        boolean consentPending = runner.pendingQuestion().filter(a -> EntitySlots.CONSENT.equals(a.slot()))
                .isPresent();
        if (kept != null && !consentPending) {
            runner.slots().remove(DEFERRED);
            if (runner.mode() == Mode.BOT) {
                text.handleKept(kept);
            }
        }
    }
}
