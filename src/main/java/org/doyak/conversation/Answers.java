package org.doyak.conversation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.dialog.Button;
import org.doyak.dialog.Expect;
import org.doyak.dialog.Step;

/**
 * Checks an answer to a question and turns it into the value stored in the slot. A stored or given value
 * must match exactly ({@link #accept}); typed text may also name a button loosely ({@link #typed}).
 */
final class Answers {
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private Answers() {
    }

    /** The value to store, or empty when the answer does not pass the question's check. */
    static Optional<String> accept(Step.Ask ask, String text) {
        String answer = text.strip();
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        Expect expect = ask.expect();
        switch (expect.kind()) {
            case NUMBER:
                return number(answer).filter(n -> expect.min().map(min -> n >= min).orElse(true)
                        && expect.max().map(max -> n <= max).orElse(true)).map(String::valueOf);
            case CHOICE:
                return choice(ask.buttons(), answer).map(Button::payload);
            case PATTERN:
                return expect.pattern().filter(p -> p.matcher(answer).matches()).map(p -> answer);
            default:
                return Optional.of(answer);
        }
    }

    /**
     * What a seeker typed, as the value to store: as {@link #accept}, and at a choice also a button named
     * loosely ({@link #loose}) or by a word of its own title ({@link ButtonWords}: "자소서는 어떻게
     * 시작해요?" for "자소서 (지원동기·성장과정·포부)"), not counting {@code topicWords} (the question's flow's
     * {@link ButtonWords#topicWords}). At a question that takes typed text but offers buttons ("몇 번 시간으로
     * 할까요?" with 1–6), a reply naming a button loosely ("2번이요", "두 번째") is that button.
     */
    static Optional<String> typed(Step.Ask ask, String text, ShortAnswers shortAnswers, Set<String> topicWords) {
        if (ask.expect().kind() == Expect.Kind.PATTERN && !ask.buttons().isEmpty()) {
            Optional<String> pressed = loose(ask.buttons(), text, shortAnswers).map(Button::payload)
                    .flatMap(p -> accept(ask, p));
            if (pressed.isPresent()) {
                return pressed;
            }
        }
        return accept(ask, text).or(() -> ask.expect().kind() == Expect.Kind.CHOICE
                ? loose(ask.buttons(), text, shortAnswers)
                        .or(() -> ButtonWords.named(ask.buttons(), text, topicWords, shortAnswers))
                        .map(Button::payload)
                : Optional.empty());
    }

    /**
     * The button a typed reply names loosely: a yes or a no ("ㅇㅇ 동의", "아니요 괜찮아요") presses the
     * button with the payload {@code yes} or {@code no}; an ordinal ("2번", "첫번째", "second") the button at
     * that place; otherwise the one button whose title starts with what was typed ("모의면접" for "모의면접
     * (5문항)", "보통" for "보통이에요"), or whose title (without a part in brackets) the reply starts with
     * followed by at most two letters ("보통요"); a closing 요 or 이요 is dropped first ("보통이요").
     */
    static Optional<Button> loose(List<Button> buttons, String answer, ShortAnswers shortAnswers) {
        ShortAnswers.Reply reply = shortAnswers.read(answer);
        if (reply != ShortAnswers.Reply.NEITHER) {
            String payload = reply == ShortAnswers.Reply.YES ? "yes" : "no";
            return buttons.stream().filter(b -> payload.equalsIgnoreCase(b.payload())).findFirst();
        }
        String wanted = normalize(answer);
        Optional<Integer> place = Ordinals.place(wanted);
        if (place.isPresent()) {
            int index = place.get() - 1;
            return index >= 0 && index < buttons.size() ? Optional.of(buttons.get(index)) : Optional.empty();
        }
        String stem = wanted.replaceFirst("(이요|요)$", "");
        if (stem.length() < 2) {
            return Optional.empty();
        }
        List<Button> named = buttons.stream().filter(b -> names(b, stem)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static boolean names(Button b, String wanted) {
        for (String title : List.of(b.title().ko(), b.title().en())) {
            String full = normalize(title);
            String core = normalize(title.replaceAll("\\([^)]*\\)", ""));
            if (full.startsWith(wanted) || !core.isEmpty() && wanted.startsWith(core)
                    && wanted.length() - core.length() <= 2) {
                return true;
            }
        }
        return false;
    }

    /** The button a typed answer names: by title in either language, by payload, or by its number. */
    static Optional<Button> choice(List<Button> buttons, String answer) {
        String wanted = normalize(answer);
        for (Button b : buttons) {
            if (wanted.equals(normalize(b.title().ko())) || wanted.equals(normalize(b.title().en()))
                    || wanted.equals(normalize(b.payload()))) {
                return Optional.of(b);
            }
        }
        if (wanted.matches("\\d{1,2}")) {
            int index = Integer.parseInt(wanted) - 1;
            return index >= 0 && index < buttons.size() ? Optional.of(buttons.get(index)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** NFKC, lower case, without spaces and trailing punctuation: how staff texts and input are compared. */
    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s.!?~,]+", "");
    }

    /** The words of a text, each normalized as {@link #normalize} does. */
    static String[] normalizeWords(String s) {
        return Arrays.stream(s.split("[^\\p{L}\\p{N}]+")).map(Answers::normalize).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }

    private static Optional<Long> number(String answer) {
        Matcher m = INTEGER.matcher(answer.replace(",", ""));
        return m.find() ? Optional.of(Long.parseLong(m.group())) : Optional.empty();
    }
}
