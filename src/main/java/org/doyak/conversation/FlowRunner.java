package org.doyak.conversation;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.Button;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;

/**
 * Runs flow steps for one turn: starts flows, takes answers, and collects the bot's replies. One
 * instance per turn; not thread-safe.
 */
final class FlowRunner {
    /** Steps one turn may run before the runner assumes a loop and stops. */
    static final int MAX_STEPS = 200;
    /** The payload of the flow that takes a callback request when counselors are away. */
    static final String CALLBACK_PAYLOAD = "callback";
    private static final String MENU_PAYLOAD = "menu";

    private final Dialogs dialogs;
    private final Map<String, Action> actions;
    private final CounselorHours hours;
    private final Conversation conversation;
    private final Replies replies;
    private final Map<String, String> slots;
    private final SimpleSteps steps;
    private final List<String> trail = new ArrayList<>();
    private final List<String> completed = new ArrayList<>();
    private Position position;
    private Mode mode;

    FlowRunner(Dialogs dialogs, Map<String, Action> actions, CounselorHours hours, Conversation conversation,
            Replies replies) {
        this.dialogs = dialogs;
        this.actions = actions;
        this.hours = hours;
        this.conversation = conversation;
        this.replies = replies;
        this.slots = new HashMap<>(conversation.slots());
        this.steps = new SimpleSteps(dialogs, actions, conversation, replies, slots);
        this.position = conversation.position();
        this.mode = conversation.mode();
        replies.more(dialogs.message(SystemText.MORE));
    }

    Map<String, String> slots() {
        return slots;
    }

    Position position() {
        return position;
    }

    Mode mode() {
        return mode;
    }

    /** The question waiting for an answer, if the flow and step still exist. */
    Optional<Step.Ask> pendingQuestion() {
        if (!position.awaiting()) {
            return Optional.empty();
        }
        return dialogs.flow(position.flow()).filter(f -> position.step() < f.steps().size())
                .map(f -> f.steps().get(position.step()))
                .filter(Step.Ask.class::isInstance).map(Step.Ask.class::cast);
    }

    /** Starts a flow from its first step, leaving any flow in progress. */
    void start(Flow flow) {
        position = Position.IDLE;
        run(flow, 0, List.of());
    }

    /** Stores a valid answer to the pending question and goes on. */
    void answer(Step.Ask ask, String value) {
        slots.put(ask.slot(), value);
        Flow flow = dialogs.flow(position.flow()).orElseThrow();
        run(flow, position.step() + 1, position.stack());
    }

    /** Counts a wrong answer: asks again, or gives up after the question's retries. */
    void wrongAnswer(Step.Ask ask) {
        int retries = position.retries() + 1;
        Flow flow = dialogs.flow(position.flow()).orElseThrow();
        if (retries <= ask.retries()) {
            position = new Position(position.flow(), position.step(), retries, position.stack());
            Text retry = ask.retry() != null ? ask.retry() : dialogs.message(SystemText.RETRY);
            replies.bot(fill(retry), List.of());
            replies.bot(fill(ask.text()), ask.buttons());
            return;
        }
        replies.bot(fill(dialogs.message(SystemText.RETRY_LIMIT)), List.of());
        if (ask.fail().isPresent()) {
            run(flow, flow.indexOf(ask.fail().get()).orElse(flow.steps().size()), position.stack());
        } else {
            position = Position.IDLE;
        }
    }

    /** The conversation after this turn, in {@code lang} with this many misunderstandings in a row. */
    Conversation state(String lang, int misunderstandings) {
        List<String> pages = replies.pending();
        if (!pages.isEmpty()) {
            slots.put(Paging.PENDING_SLOT, String.join(Paging.SEPARATOR, pages));
        }
        return new Conversation(conversation.id(), conversation.channel(), conversation.externalId(),
                conversation.tokenHash(), lang, mode, position, slots, misunderstandings, conversation.createdAt());
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

    /** Leaves the waiting queue and returns the conversation to the bot. */
    void cancelHandoff() {
        mode = Mode.BOT;
        slots.remove("handoff_reason");
        slots.remove("handoff_priority");
    }

    /**
     * Crisis wording: shows the crisis contacts at once and queues the conversation with high priority,
     * whatever the hour. Already waiting or with a counselor, it raises the priority and shows the contacts.
     */
    void crisis() {
        slots.put("handoff_priority", "high");
        replies.system(fill(dialogs.message(SystemText.CRISIS)));
        if (mode == Mode.BOT) {
            slots.put("handoff_reason", "crisis");
            slots.put("handoff_flow", position.flow() == null ? "" : position.flow());
            mode = Mode.WAITING;
            position = Position.IDLE;
        }
    }

    /**
     * After a counselor closed the conversation: back to the bot, the closing notice, then the survey
     * flow's question with {@code then} to follow, or {@code then} alone when there is no survey flow.
     */
    void resume(Optional<Flow> survey, Optional<Flow> then) {
        cancelHandoff();
        slots.remove("handoff_flow");
        position = Position.IDLE;
        replies.system(fill(dialogs.message(SystemText.HANDOFF_CLOSED)));
        if (survey.isPresent()) {
            run(survey.get(), 0, then.map(f -> List.of(new Frame(f.id(), 0))).orElse(List.of()));
        } else {
            then.ifPresent(this::start);
        }
    }

    /** Says the pending question again, e.g. after a language switch. */
    void repeatQuestion() {
        pendingQuestion().ifPresent(ask -> replies.bot(fill(ask.text()), ask.buttons()));
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
                    position = Position.IDLE;
                    return;
                }
                Frame back = stack.remove(stack.size() - 1);
                flow = dialogs.flow(back.flow()).orElseThrow();
                index = back.step();
                continue;
            }
            Step step = flow.steps().get(index);
            trail.add(flow.id() + "/" + step.id());
            if (step instanceof Step.Ask ask) {
                replies.bot(fill(ask.text()), ask.buttons());
                position = new Position(flow.id(), index, 0, stack);
                return;
            }
            if (step instanceof Step.Handoff handoff) {
                handOff(handoff, flow);
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
        position = Position.IDLE;
    }

    private void handOff(Step.Handoff handoff, Flow flow) {
        Optional<ZonedDateTime> opening = hours.nextOpening(conversation, replies.now());
        if (opening.isEmpty() || opening.get().toInstant().isAfter(replies.now())) {
            closed(opening);
            return;
        }
        slots.put("handoff_reason", Templates.fill(handoff.reason(), slots, replies.lang()));
        slots.put("handoff_flow", flow.id());
        mode = Mode.WAITING;
        position = Position.IDLE;
        handoff.text().ifPresent(t -> replies.bot(fill(t), List.of()));
        replies.system(fill(dialogs.message(SystemText.HANDOFF_WAITING)));
    }

    /** Counselors are away: one notice saying when they return, with a callback offer and the menu. */
    private void closed(Optional<ZonedDateTime> opening) {
        position = Position.IDLE;
        List<Button> buttons = new ArrayList<>();
        dialogs.flowList().stream().filter(f -> f.triggers().payloads().contains(CALLBACK_PAYLOAD)).findFirst()
                .ifPresent(f -> buttons.add(new Button(f.title(), CALLBACK_PAYLOAD)));
        dialogs.flowList().stream().filter(f -> f.triggers().payloads().contains(MENU_PAYLOAD)).findFirst()
                .ifPresent(f -> buttons.add(new Button(f.title(), MENU_PAYLOAD)));
        if (opening.isEmpty()) {
            replies.bot(fill(dialogs.message(SystemText.COUNSELORS_UNAVAILABLE)), buttons);
            return;
        }
        boolean en = "en".equals(replies.lang());
        DateTimeFormatter format = DateTimeFormatter.ofPattern(en ? "EEE d MMM, HH:mm" : "M월 d일 (E) HH:mm",
                en ? Locale.ENGLISH : Locale.KOREAN);
        slots.put("counselors_return", format.format(opening.get()));
        replies.bot(fill(dialogs.message(SystemText.COUNSELORS_CLOSED)), buttons);
        slots.remove("counselors_return");
    }

    private String fill(Text text) {
        return Templates.fill(text, slots, replies.lang());
    }

    /** Offers buttons that are not part of a question (e.g. suggestions). */
    void offer(Text text, List<Button> buttons) {
        replies.bot(fill(text), buttons);
    }
}
