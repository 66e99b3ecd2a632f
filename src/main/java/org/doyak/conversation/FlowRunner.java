package org.doyak.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doyak.dialog.Button;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;

/**
 * Runs flow steps for one turn: starts flows, takes answers, skips questions already answered (see
 * {@link KnownAnswers}), runs a flow in between a pending question and asks it again afterwards, and
 * collects the bot's replies. One instance per turn; not thread-safe.
 */
final class FlowRunner {
    /** Steps one turn may run before the runner assumes a loop and stops. */
    static final int MAX_STEPS = 200;

    private final Dialogs dialogs;
    private final Conversation conversation;
    private final Replies replies;
    private final Map<String, String> slots;
    private final SimpleSteps steps;
    private final Cursor cursor;
    private final HandoffSteps handoffs;
    private final KnownAnswers known;
    private final List<String> trail = new ArrayList<>();
    private final List<String> completed = new ArrayList<>();
    /** The question an interjected flow ({@link #interject}) set aside this turn: asked again briefly after it. */
    private Frame interrupted;

    FlowRunner(Dialogs dialogs, Map<String, Action> actions, CounselorHours hours, Conversation conversation,
            Replies replies) {
        this.dialogs = dialogs;
        this.conversation = conversation;
        this.replies = replies;
        this.slots = new HashMap<>(conversation.slots());
        this.steps = new SimpleSteps(dialogs, actions, conversation, replies, slots);
        this.cursor = new Cursor(conversation.position(), conversation.mode());
        this.handoffs = new HandoffSteps(dialogs, hours, conversation, replies, slots, cursor);
        this.known = new KnownAnswers(dialogs, slots);
    }

    Map<String, String> slots() {
        return slots;
    }

    Position position() {
        return cursor.position();
    }

    Mode mode() {
        return cursor.mode();
    }

    HandoffSteps handoffs() {
        return handoffs;
    }

    /** The question waiting for an answer, if the flow and step still exist. */
    Optional<Step.Ask> pendingQuestion() {
        Position position = cursor.position();
        if (!position.awaiting()) {
            return Optional.empty();
        }
        return dialogs.flow(position.flow()).filter(f -> position.step() < f.steps().size())
                .map(f -> f.steps().get(position.step()))
                .filter(Step.Ask.class::isInstance).map(Step.Ask.class::cast);
    }

    /** Starts a flow from its first step, leaving any flow in progress. */
    void start(Flow flow) {
        cursor.position(Position.IDLE);
        run(flow, 0, List.of());
    }

    /** Starts {@code first}; when it ends, {@code then} starts (two requests in one message). */
    void startThen(Flow first, Flow then) {
        cursor.position(Position.IDLE);
        run(first, 0, List.of(new Frame(then.id(), 0)));
    }

    /**
     * Runs {@code flow} in between: with a question pending, the question is asked again (briefly, see
     * {@link Step.Ask#againText()}) when the flow ends (and its flow goes on from there); without one, the
     * same as {@link #start}.
     */
    void interject(Flow flow) {
        Position at = cursor.position();
        if (pendingQuestion().isEmpty()) {
            start(flow);
            return;
        }
        List<Frame> stack = new ArrayList<>(at.stack());
        interrupted = new Frame(at.flow(), at.step());
        stack.add(interrupted);
        cursor.position(Position.IDLE);
        run(flow, 0, stack);
    }

    /** Stores a valid answer to the pending question and goes on. */
    void answer(Step.Ask ask, String value) {
        Position at = cursor.position();
        slots.put(ask.slot(), value);
        EntitySlots.used(slots, ask.slot());
        if (EntitySlots.CONSENT.equals(ask.slot())) {
            EntitySlots.consentAnswered(slots);
        }
        run(dialogs.flow(at.flow()).orElseThrow(), at.step() + 1, at.stack());
    }

    /** Counts a wrong answer: asks again, or gives up after the question's retries. */
    void wrongAnswer(Step.Ask ask) {
        Position at = cursor.position();
        int retries = at.retries() + 1;
        Flow flow = dialogs.flow(at.flow()).orElseThrow();
        if (retries <= ask.retries()) {
            cursor.position(new Position(at.flow(), at.step(), retries, at.stack()));
            Text retry = ask.retry() != null ? ask.retry() : dialogs.message(SystemText.RETRY);
            replies.bot(fill(retry), List.of());
            replies.bot(fill(ask.againText()), ask.buttons());
            return;
        }
        replies.bot(fill(dialogs.message(SystemText.RETRY_LIMIT)), List.of());
        if (ask.fail().isPresent()) {
            run(flow, flow.indexOf(ask.fail().get()).orElse(flow.steps().size()), at.stack());
        } else {
            cursor.position(Position.IDLE);
        }
    }

    /** The conversation after this turn, in {@code lang} with this many misunderstandings in a row. */
    Conversation state(String lang, int misunderstandings) {
        List<String> pages = replies.pending();
        if (!pages.isEmpty()) {
            slots.put(Paging.PENDING_SLOT, String.join(Paging.SEPARATOR, pages));
        }
        return new Conversation(conversation.id(), conversation.channel(), conversation.externalId(),
                conversation.tokenHash(), lang, cursor.mode(), cursor.position(), slots, misunderstandings,
                conversation.createdAt());
    }

    /** Shows the next page of the last long reply; false when there is none. */
    boolean nextPage() {
        String stored = slots.remove(Paging.PENDING_SLOT);
        if (stored == null || stored.isEmpty()) {
            return false;
        }
        List<String> pages = List.of(stored.split(Paging.SEPARATOR));
        replies.page(pages.get(0), pages.size() == 1);
        if (pages.size() > 1) {
            slots.put(Paging.PENDING_SLOT, String.join(Paging.SEPARATOR, pages.subList(1, pages.size())));
        }
        return true;
    }

    /**
     * After a counselor closed the conversation: back to the bot, the closing notice, then the survey
     * flow's question with {@code then} to follow, or {@code then} alone when there is no survey flow.
     */
    void resume(Optional<Flow> survey, Optional<Flow> then) {
        handoffs.cancel();
        slots.remove("handoff_flow");
        cursor.position(Position.IDLE);
        replies.system(fill(dialogs.message(SystemText.HANDOFF_CLOSED)));
        if (survey.isPresent()) {
            run(survey.get(), 0, then.map(f -> List.of(new Frame(f.id(), 0))).orElse(List.of()));
        } else {
            then.ifPresent(this::start);
        }
    }

    /** The {@link ButtonWords#topicWords} of the flow the conversation is in; none when idle. */
    Set<String> topicWords() {
        String at = cursor.position().flow();
        return at == null ? Set.of() : dialogs.flow(at).map(ButtonWords::topicWords).orElse(Set.of());
    }

    /** Says the pending question again in full, e.g. after a language switch. */
    void repeatQuestion() {
        pendingQuestion().ifPresent(ask -> replies.bot(fill(ask.text()), ask.buttons()));
    }

    /**
     * Asks the pending question again right after it was asked (the seeker wrote about something else, or
     * pressed an old button), in its shorter wording when it has one ({@link Step.Ask#againText()}).
     */
    void askAgain() {
        pendingQuestion().ifPresent(ask -> replies.bot(fill(ask.againText()), ask.buttons()));
    }

    /** Says a text with buttons that are not part of a question (e.g. suggestions). */
    void offer(Text text, List<Button> buttons) {
        replies.bot(fill(text), buttons);
    }

    /** The steps run so far this turn, {@code flowId/stepId}, with {@code flowId/#start} on entering a flow. */
    List<String> trail() {
        return List.copyOf(trail);
    }

    /** The flows that ran to their end this turn. */
    List<String> completed() {
        return List.copyOf(completed);
    }

    private void run(Flow start, int startIndex, List<Frame> startStack) {
        Flow flow = start;
        int index = startIndex;
        List<Frame> stack = new ArrayList<>(startStack);
        if (index == 0) {
            trail.add(flow.id() + "/" + TurnEvent.START);
        }
        for (int budget = MAX_STEPS; budget > 0; budget--) {
            if (index >= flow.steps().size()) {
                completed.add(flow.id());
                if (stack.isEmpty()) {
                    cursor.position(Position.IDLE);
                    return;
                }
                Frame back = stack.remove(stack.size() - 1);
                flow = dialogs.flow(back.flow()).orElseThrow();
                index = back.step();
                continue;
            }
            Step step = flow.steps().get(index);
            trail.add(flow.id() + "/" + step.id());
            if (step instanceof Step.Ask ask && known.skip(ask, replies.lang())) {
                index++;
                continue;
            }
            if (speaks(step)) {
                known.confirmation(replies.lang(), flow.steps().subList(index, flow.steps().size()))
                        .ifPresent(t -> replies.bot(t, List.of()));
            }
            if (step instanceof Step.Ask ask) {
                boolean again = new Frame(flow.id(), index).equals(interrupted);
                replies.bot(fill(again ? ask.againText() : ask.text()), ask.buttons());
                cursor.position(new Position(flow.id(), index, 0, stack));
                return;
            }
            if (step instanceof Step.Handoff handoff) {
                handoffs.handOff(handoff, flow);
                return;
            }
            if (step instanceof Step.StartFlow call) {
                if (call.returns()) {
                    stack.add(new Frame(flow.id(), index + 1));
                }
                flow = dialogs.flow(call.flow()).orElseThrow();
                index = 0;
                trail.add(flow.id() + "/" + TurnEvent.START);
                continue;
            }
            if (step instanceof Step.End end) {
                end.text().ifPresent(t -> replies.bot(fill(t), end.buttons()));
                index = flow.steps().size();
                continue;
            }
            index = steps.next(flow, index, step);
        }
        replies.system(fill(dialogs.message(SystemText.INTERNAL_ERROR)));
        cursor.position(Position.IDLE);
    }

    private String fill(Text text) {
        return Templates.fill(text, slots, replies.lang());
    }

    /** Whether a step says something (so what was taken is confirmed first, once, in one line). */
    private static boolean speaks(Step step) {
        return !(step instanceof Step.Branch || step instanceof Step.Goto || step instanceof Step.SetSlots
                || step instanceof Step.StartFlow);
    }
}
