package org.doyak.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Expect;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;
import org.doyak.nlu.IntentScore;
import org.doyak.nlu.Understander;
import org.doyak.nlu.Understanding;

/**
 * Routes one typed message, feelings first: crisis (the word list or the {@code crisis} intent) before
 * anything else, whatever the mode, hour or pending question; then commands; then, with a question
 * pending, {@link PendingAnswer}; otherwise a fact question, a feeling, a booking change, a long text,
 * two requests, a flow, or an honest fallback. Entities fill slots first (see {@link EntitySlots}).
 * One instance per turn; not thread-safe.
 */
final class TextTurn {
    static final String CRISIS_INTENT = "crisis";
    static final String FEELING_INTENT = "feeling_down";
    static final String BOOKING_INTENT = "book_counseling";
    /** Set to "yes" when a message named what the seeker wants to become (the career flow says so first). */
    static final String CAREER_GOAL = "career_goal";
    private static final String CAREER_INTENT = "career_explore";
    private static final String ASPIRATION = "aspiration";
    private static final double CRISIS_ANYWHERE = 0.5;
    private static final double CRISIS_FIRST = 0.3;
    private static final String MY_BOOKING_FLOW = "my_booking";

    private final TriggerIndex index;
    private final Dialogs dialogs;
    private final Understander understander;
    private final FlowRunner runner;
    private final Replies replies;
    private final Conversation before;
    private final Fallbacks fallbacks;
    private final SeekerCommands commands;
    private int misunderstandings;
    private Unrecognised unrecognised;
    private IntentScore intent;

    TextTurn(TriggerIndex index, Understander understander, FlowRunner runner, Replies replies,
            Conversation before) {
        this.index = index;
        this.dialogs = index.dialogs();
        this.understander = understander;
        this.runner = runner;
        this.replies = replies;
        this.before = before;
        this.fallbacks = new Fallbacks(index, runner);
        this.commands = new SeekerCommands(index, runner, replies, this::understood);
        this.misunderstandings = before.misunderstandings();
    }

    int misunderstandings() {
        return misunderstandings;
    }

    Unrecognised unrecognised() {
        return unrecognised;
    }

    /** The best intent of the last text understood this turn, or null. */
    IntentScore intent() {
        return intent;
    }

    void understood() {
        misunderstandings = 0;
    }

    /** Handles one typed text (already stripped). */
    void handle(String text) {
        handle(text, false);
    }

    /**
     * Handles a text the seeker wrote while the consent question waited, once it is answered: as if typed
     * now, except that it answers no question asked since (nor counts as a wrong answer to one).
     */
    void handleKept(String text) {
        handle(text, true);
    }

    private void handle(String text, boolean kept) {
        if (index.crisis(text)) {
            understood();
            runner.handoffs().crisis();
            return;
        }
        if (runner.mode() != Mode.BOT) {
            if (crisis(understander.understand(text, replies.lang()))) {
                runner.handoffs().crisis();
            } else {
                whileWithPeople(text);
            }
            return;
        }
        if (commands.command(text)) {
            return;
        }
        Optional<Step.Ask> ask = runner.pendingQuestion();
        if (ask.flatMap(a -> Answers.typed(a, text, index.shortAnswers(), runner.topicWords())).isEmpty()
                && !(ask.isPresent() && index.exactKeyword(text).isPresent())) {
            commands.followLanguage(text);
        }
        Meaning meaning = new Meaning(text, understander.understand(text, replies.lang()));
        intent = meaning.understanding().best().orElse(null);
        if (crisis(meaning.understanding())) {
            understood();
            runner.handoffs().crisis();
            return;
        }
        EntitySlots.remember(meaning, runner.slots());
        if (ask.isPresent()) {
            new PendingAnswer(this, index, runner, kept).handle(ask.get(), meaning);
        } else {
            idle(meaning);
        }
    }

    /**
     * No question pending: what the message asks for. A message naming what the seeker wants to become
     * ("직업상담사 되고 싶어요", "간호사가 되려면 뭐부터 해야돼요?") is career talk before anything its words
     * suggest (a counselor, "뭐부터 해야" read as feeling lost); {@value #CAREER_GOAL} tells the career flow.
     */
    private void idle(Meaning meaning) {
        if (Offers.handled(this, meaning, index, runner)) {
            return;
        }
        Optional<Map<String, String>> fact = Questions.fact(meaning, runner.slots(), index)
                .or(() -> Questions.aboutOwnCenter(meaning, runner.slots()));
        Optional<Flow> facts = index.payload(Questions.FACTS_FLOW);
        List<Keywords.Hit> hits = SmallTalk.aside(meaning, index.keywordsIn(meaning.text()));
        Optional<Flow> career = meaning.has(ASPIRATION) ? index.intent(CAREER_INTENT) : Optional.empty();
        if (fact.isPresent() && facts.isPresent()) {
            understood();
            runner.slots().putAll(fact.get());
            runner.start(facts.get());
        } else if (career.isPresent()) {
            understood();
            runner.slots().put(CAREER_GOAL, "yes");
            runner.start(career.get());
        } else if (Feelings.down(meaning, index.feelings(), !hits.isEmpty())) {
            understood();
            fallbacks.feelingDown(meaning.text(), hits.stream().map(Keywords.Hit::flow).distinct().toList());
        } else if (meaning.has("booking_op") && index.payload(MY_BOOKING_FLOW).isPresent()
                && (meaning.is(BOOKING_INTENT) || meaning.confident().isEmpty())) {
            understood();
            runner.start(index.payload(MY_BOOKING_FLOW).get());
        } else if (meaning.longText()) {
            longText(meaning);
        } else {
            List<Keywords.Hit> two = TwoRequests.joined(meaning.text(), hits);
            if (!two.isEmpty()) {
                understood();
                Flow first = two.get(0).flow();
                Flow second = two.get(1).flow();
                replies.bot(Templates.fill(dialogs.message(SystemText.TWO_REQUESTS), Map.of("first",
                        first.title().in(replies.lang()), "second", second.title().in(replies.lang())),
                        replies.lang()), List.of());
                runner.startThen(first, second);
            } else {
                startOrFallBack(meaning, chosen(meaning, hits));
            }
        }
    }

    /** A pasted document: a confident topic decides (small talk never does); else the choices, text kept. */
    private void longText(Meaning meaning) {
        Optional<Flow> flow = meaning.confident().filter(s -> Fallbacks.decidesLongText(s.name()))
                .flatMap(s -> index.intent(s.name()));
        EntitySlots.give(runner.slots(), "resume_text", meaning.text());
        EntitySlots.give(runner.slots(), "intro_text", meaning.text());
        understood();
        if (flow.isPresent() && !"resume".equals(flow.get().id())) {
            runner.start(flow.get());
        } else {
            fallbacks.longText(meaning);
        }
    }

    /**
     * The flow a message asks for: a person when it asks for one (see {@link PersonRequest}); among the
     * flows its keywords name, the one the classifier is
     * confident about, else the first keyword's; with no keyword, the confident intent's (a greeting
     * decides only a message that says nothing more) unless the entities point more surely elsewhere
     * (see {@link EntityTopics#outweigh}), else the one its entities point to.
     */
    private Optional<Flow> chosen(Meaning meaning, List<Keywords.Hit> hits) {
        Optional<Flow> person = PersonRequest.of(meaning, hits, index);
        if (person.isPresent()) {
            return person;
        }
        Optional<Flow> byIntent = byIntent(meaning, 0).filter(f -> SmallTalk.decides(meaning, f));
        if (hits.isEmpty()) {
            Optional<Flow> byEntities = EntityTopics.flow(meaning, index);
            return EntityTopics.outweigh(meaning) && byEntities.isPresent() ? byEntities
                    : byIntent.or(() -> byEntities);
        }
        return byIntent.filter(f -> hits.stream().anyMatch(h -> h.flow().equals(f)))
                .or(() -> Optional.of(hits.get(0).flow()));
    }

    /** Starts the flow, or says honestly that the request is not covered, or asks what was meant. */
    void startOrFallBack(Meaning meaning, Optional<Flow> flow) {
        if (flow.isPresent()) {
            understood();
            if (Feelings.noted(meaning, index.feelings())) {
                fallbacks.feelingNoted(meaning.text());
            }
            runner.start(flow.get());
            ButtonWords.answerOpening(runner, flow.get(), meaning.text(), index.shortAnswers());
            return;
        }
        misunderstandings++;
        unrecognised = new Unrecognised(before.id(), meaning.text(), replies.lang(),
                meaning.understanding().best().map(IntentScore::name).orElse(""),
                meaning.understanding().best().map(IntentScore::confidence).orElse(0.0));
        if (meaning.is(Meaning.OUT_OF_SCOPE) && meaning.hasWords()) {
            fallbacks.notCovered(meaning, misunderstandings);
        } else {
            fallbacks.unclear(meaning, misunderstandings);
        }
    }

    /** The flow of a confident intent that reaches {@code atLeast} (out of scope starts nothing). */
    Optional<Flow> byIntent(Meaning meaning, double atLeast) {
        return meaning.confident().filter(b -> b.confidence() >= atLeast && !Meaning.OUT_OF_SCOPE.equals(b.name()))
                .flatMap(b -> index.intent(b.name()));
    }

    Fallbacks fallbacks() {
        return fallbacks;
    }

    /**
     * The crisis intent ranked first from {@value #CRISIS_FIRST} (below the model's threshold too: a miss
     * costs more than a false alarm), or at {@value #CRISIS_ANYWHERE} wherever it ranks. The floor keeps a
     * plain answer such as "부천 살아요", on which a small model can rank crisis first at 0.13, from
     * ending a flow in a handoff; the crisis word list still applies on its own.
     */
    static boolean crisis(Understanding understanding) {
        return understanding.best().filter(b -> CRISIS_INTENT.equals(b.name()) && b.confidence() >= CRISIS_FIRST)
                .isPresent()
                || understanding.ranking().stream()
                        .anyMatch(s -> CRISIS_INTENT.equals(s.name()) && s.confidence() >= CRISIS_ANYWHERE);
    }

    void whileWithPeople(String input) {
        commands.whileWithPeople(input);
    }

    void switchLanguage(String lang) {
        commands.switchLanguage(lang);
    }

    /** Whether the expected answer is free text (a fact question is then checked before the answer). */
    static boolean freeText(Step.Ask ask) {
        return ask.expect().kind() == Expect.Kind.TEXT || ask.expect().kind() == Expect.Kind.PATTERN;
    }
}
