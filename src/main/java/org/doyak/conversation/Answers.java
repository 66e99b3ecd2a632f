package org.doyak.conversation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.dialog.Button;
import org.doyak.dialog.Expect;
import org.doyak.dialog.Step;

/** Checks an answer to a question and turns it into the value stored in the slot. */
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

    private static Optional<Long> number(String answer) {
        Matcher m = INTEGER.matcher(answer.replace(",", ""));
        return m.find() ? Optional.of(Long.parseLong(m.group())) : Optional.empty();
    }
}
