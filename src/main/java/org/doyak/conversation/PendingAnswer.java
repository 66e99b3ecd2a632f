package org.doyak.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.Expect;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;

/**
 * Text typed while a question waits. In order: exactly another flow's keyword leaves a free-text
 * question; a fact question ("거기 주소는?") is answered and the question asked again (for a free-text
 * question before its answer is checked, so the question is not taken as the answer); an entity or the
 * text answers it; a feeling is acknowledged and the question asked again; text at the consent question
 * is kept and handled once it is answered; a feeling said about this same topic ("내일 면접인데 너무
 * 긴장돼요" at the interview menu) is acknowledged and the question asked again; a confident other topic
 * leaves the question (after the acknowledgment, when said with a feeling); otherwise the question's
 * retry. A bare name at a free-text question is its answer, not a question. A text kept from before the
 * question (see {@link TextTurn#handleKept}) is neither an answer nor a wrong answer: only a fact question, a
 * feeling or another topic in it is taken up, and the question is asked again after that topic. One instance
 * per message; not thread-safe.
 */
final class PendingAnswer {
    /** A wrong answer leaves the question for another topic only when the classifier is this sure. */
    static final double LEAVE_QUESTION = 0.8;
    private final TextTurn turn;
    private final TriggerIndex index;
    private final FlowRunner runner;
    /** The text was written before the question was asked (kept at the consent question): it answers nothing. */
    private final boolean kept;

    PendingAnswer(TextTurn turn, TriggerIndex index, FlowRunner runner, boolean kept) {
        this.turn = turn;
        this.index = index;
        this.runner = runner;
        this.kept = kept;
    }

    void handle(Step.Ask ask, Meaning meaning) {
        String text = meaning.text();
        Optional<Flow> exactKeyword = index.exactKeyword(text).filter(f -> !f.id().equals(runner.position().flow()));
        if (exactKeyword.isPresent() && ask.expect().kind() != Expect.Kind.CHOICE) {
            turn.understood();
            runner.start(exactKeyword.get());
            return;
        }
        Optional<Map<String, String>> fact = Questions.fact(meaning, runner.slots(), index);
        boolean asks = meaning.has("facet") || meaning.has("anaphora");
        if (TextTurn.freeText(ask) && asks && fact.isPresent() && factAnswered(fact.get())) {
            return;
        }
        Optional<String> answer = kept ? Optional.empty() : EntitySlots.answerFor(ask, meaning)
                .flatMap(v -> Answers.accept(ask, v))
                .or(() -> Answers.typed(ask, text, index.shortAnswers(), runner.topicWords()));
        if (answer.isPresent() && !(meaning.longText() && ask.expect().kind() == Expect.Kind.CHOICE)) {
            turn.understood();
            runner.answer(ask, answer.get());
        } else if (fact.isPresent() && factAnswered(fact.get())) {
            return;
        } else if (Feelings.down(meaning, index.feelings(), true)) {
            turn.understood();
            turn.fallbacks().feelingDown(meaning.text(), List.of());
        } else if (EntitySlots.CONSENT.equals(ask.slot())) {
            turn.understood();
            runner.slots().put(Turn.DEFERRED, text);
            runner.offer(index.dialogs().message(SystemText.KEPT_FOR_LATER), List.of());
            runner.askAgain();
        } else {
            Optional<Flow> other = meaning.longText() ? Optional.empty()
                    : index.keyword(text).or(() -> turn.byIntent(meaning, Math.max(LEAVE_QUESTION,
                                    meaning.understanding().threshold())));
            boolean feeling = Feelings.noted(meaning, index.feelings());
            String here = runner.position().flow();
            if (feeling && other.map(f -> f.id().equals(here)).orElse(true)) {
                turn.understood();
                turn.fallbacks().feelingNoted(text);
                runner.askAgain();
            } else if (other.isPresent()) {
                turn.understood();
                if (feeling) {
                    turn.fallbacks().feelingNoted(text);
                }
                if (kept) {
                    runner.interject(other.get());
                } else {
                    runner.start(other.get());
                }
            } else if (!kept) {
                runner.wrongAnswer(ask);
            }
        }
    }

    private boolean factAnswered(Map<String, String> q) {
        Optional<Flow> facts = index.payload(Questions.FACTS_FLOW);
        if (facts.isEmpty()) {
            return false;
        }
        turn.understood();
        runner.slots().putAll(q);
        runner.interject(facts.get());
        return true;
    }
}
