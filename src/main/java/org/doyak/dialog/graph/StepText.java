package org.doyak.dialog.graph;

import java.util.Optional;
import java.util.stream.Collectors;
import org.doyak.dialog.Button;
import org.doyak.dialog.Step;
import org.doyak.dialog.Text;

/** What a step shows the seeker, for a box of a flow picture: its Korean text, shortened, and its buttons. */
final class StepText {
    /** Characters of a text shown in a box; longer texts end with "…". */
    static final int MAX = 40;

    private StepText() {
    }

    /** The text and buttons as label lines, each starting with {@code <br/>}; empty when the step shows none. */
    static String of(Step step) {
        StringBuilder out = new StringBuilder();
        said(step).ifPresent(t -> out.append("<br/>").append(MermaidGraph.label(shorten(t.ko()))));
        if (!step.buttons().isEmpty()) {
            out.append("<br/>").append(step.buttons().stream().map(StepText::button).collect(Collectors.joining(" ")));
        }
        return out.toString();
    }

    private static Optional<Text> said(Step step) {
        if (step instanceof Step.Say say) {
            return Optional.of(say.text());
        } else if (step instanceof Step.Ask ask) {
            return Optional.of(ask.text());
        } else if (step instanceof Step.ListItems list) {
            return Optional.of(list.item());
        } else if (step instanceof Step.Handoff handoff) {
            return handoff.text();
        } else if (step instanceof Step.End end) {
            return end.text();
        } else if (step instanceof Step.Do action) {
            return Optional.of(new Text("⚙ " + action.action(), "⚙ " + action.action()));
        }
        return Optional.empty();
    }

    private static String button(Button b) {
        return "[" + MermaidGraph.label(shorten(b.title().ko())) + "]";
    }

    /** The text on one line, cut to {@link #MAX} characters (code points) with "…". */
    static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= MAX ? line
                : line.substring(0, line.offsetByCodePoints(0, MAX)).stripTrailing() + "…";
    }
}
