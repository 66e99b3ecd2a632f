package org.doyak.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.doyak.dialog.Button;
import org.doyak.dialog.Flow;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;

/**
 * What the bot offered at the end of a turn with no question pending (the buttons of its last message),
 * so that a typed reply can take it: a yes ("넵", "ㅇㅇ 봐줘") takes the first button when the bot asked a
 * yes-or-no question ("조건이 맞는지 볼까요?", "상담사와 이야기해 보시겠어요?"), a no declines, and a typed
 * button title ("가까운 센터", "2번") presses that button. Kept in the slot {@value #SLOT} until the next
 * turn. An open question ("무엇을 도와드릴까요?", "How can I help?") is no yes-or-no question.
 */
final class Offers {
    static final String SLOT = "_offer";
    private static final String YES_NO = "?";
    private static final Pattern OPEN_QUESTION = Pattern.compile(
            "(?i).*(무엇|뭐|무슨|어떤|어떻게|어느|어디|언제|누구|몇|\\bwhat\\b|\\bwhich\\b|\\bwhere\\b|\\bwhen\\b"
                    + "|\\bwho\\b|\\bhow\\b).*");

    /** What a typed reply does with the offer. */
    sealed interface Taken {
        /** Press the button with this payload. */
        record Press(String payload) implements Taken {
        }

        /** The seeker said no. */
        record Declined() implements Taken {
        }
    }

    private Offers() {
    }

    /**
     * Keeps the buttons of the turn's last bot message as the offer, or forgets the offer when a question
     * is pending, the last message has no buttons, or nobody but the bot is answering.
     */
    static void remember(Map<String, String> slots, List<ChatMessage> messages, boolean questionPending) {
        slots.remove(SLOT);
        if (questionPending) {
            return;
        }
        ChatMessage last = null;
        for (ChatMessage m : messages) {
            if ("bot".equals(m.from())) {
                last = m;
            }
        }
        if (last == null) {
            return;
        }
        List<ChatMessage.Choice> buttons = last.buttons().stream()
                .filter(b -> !Paging.MORE.equals(b.payload()) && !b.payload().startsWith("lang:")).toList();
        if (buttons.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(yesNo(last.text(), buttons.get(0).title()) ? YES_NO : "");
        buttons.forEach(b -> lines.add(b.payload() + "\t" + b.title().replace('\n', ' ')));
        slots.put(SLOT, String.join("\n", lines));
    }

    /**
     * What {@code text} (read as {@code reply}) does with the offer kept in the slots, or empty when it has
     * nothing to do with it.
     */
    static Optional<Taken> taken(String text, ShortAnswers.Reply reply, Map<String, String> slots,
            ShortAnswers shortAnswers) {
        String kept = slots.getOrDefault(SLOT, "");
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String[] lines = kept.split("\n");
        List<Button> buttons = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] parts = lines[i].split("\t", 2);
            String title = parts.length > 1 ? parts[1] : parts[0];
            buttons.add(new Button(new Text(title, title), parts[0]));
        }
        if (reply == ShortAnswers.Reply.NO) {
            return Optional.of(new Taken.Declined());
        }
        if (reply == ShortAnswers.Reply.YES) {
            return YES_NO.equals(lines[0]) && !buttons.isEmpty()
                    ? Optional.of(new Taken.Press(buttons.get(0).payload())) : Optional.empty();
        }
        return Answers.choice(buttons, text).or(() -> Answers.loose(buttons, text, shortAnswers))
                .map(b -> new Taken.Press(b.payload()));
    }

    /**
     * Handles a reply to what the bot offered last: takes or declines it. A bare yes or no with nothing
     * to take is not left to the classifier (a stray "동의함" starts no flow): it is unclear. False when
     * the message is no reply to an offer.
     */
    static boolean handled(TextTurn turn, Meaning meaning, TriggerIndex index, FlowRunner runner) {
        ShortAnswers.Reply reply = index.shortAnswers().read(meaning.text());
        Optional<Taken> taken = taken(meaning.text(), reply, runner.slots(), index.shortAnswers());
        Optional<Flow> pressed = taken.filter(Taken.Press.class::isInstance)
                .flatMap(t -> index.payload(((Taken.Press) t).payload()));
        if (pressed.isPresent()) {
            turn.understood();
            runner.start(pressed.get());
            if (reply == ShortAnswers.Reply.YES) {
                confirmAgain(runner, pressed.get());
            }
            return true;
        }
        if (taken.filter(Taken.Declined.class::isInstance).isPresent()) {
            turn.understood();
            runner.offer(index.dialogs().message(SystemText.OFFER_DECLINED), List.of());
            return true;
        }
        if (reply != ShortAnswers.Reply.NEITHER) {
            turn.startOrFallBack(meaning, Optional.empty());
            return true;
        }
        return false;
    }

    /**
     * A yes to "상담사와 이야기해 보시겠어요?" is not asked again by the flow it starts ("상담사에게 연결할까요?"):
     * the flow's own first yes-or-no question is answered yes. A question of a flow it calls (consent) is not.
     */
    private static void confirmAgain(FlowRunner runner, Flow started) {
        runner.pendingQuestion().filter(a -> started.id().equals(runner.position().flow())
                && a.buttons().stream().anyMatch(b -> "yes".equals(b.payload()))
                && a.buttons().stream().anyMatch(b -> "no".equals(b.payload())))
                .ifPresent(a -> runner.answer(a, "yes"));
    }

    /** Whether the message (or its first button) asks a yes-or-no question. */
    private static boolean yesNo(String text, String firstButton) {
        String[] lines = text.strip().split("\n");
        String lastLine = lines[lines.length - 1].strip();
        String[] sentences = lastLine.split("(?<=[.!?])\\s+");
        String question = sentences[sentences.length - 1];
        return firstButton.strip().endsWith("?")
                || question.endsWith("?") && !OPEN_QUESTION.matcher(question).matches();
    }
}
