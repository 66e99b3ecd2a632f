package org.doyak.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doyak.dialog.Button;
import org.doyak.dialog.Expect;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;

/**
 * Finds the button a sentence names by the words of its title: "이력서 쓰는데 경력이 없어요" names "경력
 * 없는 이력서" (경력 is in no other button), "자소서는 어떻게 시작해요?" names "자소서 (지원동기·성장과정·포부)".
 * Only words of two letters or more count, and only words that are in one button's title (a word shared
 * by several buttons tells nothing), minus the words the caller leaves out (a flow's title words); a longer
 * word is matched first, so 면접 inside 모의면접 counts for nothing. The button with the most such words
 * wins; a tie, or a negated sentence ("별로 안 끌려요"), names none.
 */
final class ButtonWords {

    private ButtonWords() {
    }

    /** The one button {@code text} names by its title words, or empty. */
    static Optional<Button> named(List<Button> buttons, String text, Set<String> leftOut, ShortAnswers shortAnswers) {
        String squeezed = Answers.normalize(text);
        Set<String> latin = new HashSet<>(Arrays.asList(Answers.normalizeWords(text)));
        if (shortAnswers.negated(text)) {
            return Optional.empty();
        }
        Map<String, Integer> owners = new HashMap<>();
        buttons.forEach(b -> words(b).forEach(w -> owners.merge(w, 1, Integer::sum)));
        Map<Button, Integer> counts = new HashMap<>();
        List<Map.Entry<String, Button>> own = new ArrayList<>();
        buttons.forEach(b -> words(b).stream().filter(w -> owners.get(w) == 1 && !leftOut.contains(w))
                .forEach(w -> own.add(Map.entry(w, b))));
        own.sort(Comparator.comparingInt((Map.Entry<String, Button> e) -> e.getKey().length()).reversed());
        String rest = squeezed;
        for (Map.Entry<String, Button> e : own) {
            String w = e.getKey();
            boolean found = hangul(w) ? rest.contains(w) : latin.contains(w) || latin.contains(w + "s");
            if (found) {
                rest = hangul(w) ? rest.replace(w, "\u0000") : rest;
                counts.merge(e.getValue(), 1, Integer::sum);
            }
        }
        Button best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Button b : buttons) {
            int count = counts.getOrDefault(b, 0);
            if (count > bestCount) {
                best = b;
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(best);
    }

    /**
     * The words of a button's titles in both languages, normalized: Hangul words of two letters or more
     * (found anywhere in the squeezed sentence, spacing being free), other words of five or more (found as
     * whole words or with a plural s, so "and" or "tips" in a sentence count for nothing).
     */
    static Set<String> words(Button b) {
        return Set.copyOf(Arrays.stream((b.title().ko() + " " + b.title().en()).split("[^\\p{L}\\p{N}]+"))
                .map(Answers::normalize).filter(w -> hangul(w) ? w.length() >= 2 : w.length() >= 5).toList());
    }

    private static boolean hangul(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    /**
     * After a typed message started {@code flow}: when the flow's first question is a choice (not a yes or
     * no to confirm) that the message already names by a word that is neither in the flow's title nor one
     * of its keywords, that button is the answer: "이력서 쓰는데 경력이 없어요" names "경력 없는 이력서";
     * "자소서 좀 봐줄래?" names nothing (자소서 is what started the flow, not a choice among its options).
     */
    static void answerOpening(FlowRunner runner, Flow flow, String text, ShortAnswers shortAnswers) {
        Optional<Step.Ask> ask = runner.pendingQuestion().filter(a -> a.expect().kind() == Expect.Kind.CHOICE
                && flow.id().equals(runner.position().flow())
                && a.buttons().stream().noneMatch(b -> "yes".equals(b.payload()) || "no".equals(b.payload())));
        if (ask.isEmpty()) {
            return;
        }
        Set<String> own = new HashSet<>(topicWords(flow));
        flow.triggers().keywords().forEach(k -> own.addAll(Arrays.asList(Answers.normalizeWords(k))));
        named(ask.get().buttons(), text, own, shortAnswers).ifPresent(b -> runner.answer(ask.get(), b.payload()));
    }

    /**
     * The words of a flow's title: what the flow is about, so they choose none of its buttons ("내일
     * 면접인데 긴장돼요" at the 면접 준비 menu does not name "화상·AI 면접 팁").
     */
    static Set<String> topicWords(Flow flow) {
        return Set.copyOf(Arrays.asList(Answers.normalizeWords(flow.title().ko() + " " + flow.title().en())));
    }
}
