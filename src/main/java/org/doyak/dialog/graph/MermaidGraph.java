package org.doyak.dialog.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.doyak.dialog.Button;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;

/**
 * Draws flows as Mermaid {@code flowchart} text: one subgraph per flow, one node per step showing its kind,
 * id, the bot's Korean text (shortened) and its buttons; arrows for the order of steps, jumps, branch cases,
 * calls, and the buttons whose payload starts a flow (the menu's links), labelled with the button's title.
 * A flow outside the drawn ones that an arrow reaches is drawn as one box with its title.
 */
public final class MermaidGraph {
    private MermaidGraph() {
    }

    /** The chart of the given flows (all flows' ids are known for cross-flow arrows). */
    public static String render(Dialogs dialogs, List<Flow> flows) {
        return render(dialogs, flows, Map.of());
    }

    /**
     * The chart with the number of seekers who reached each step in its box.
     *
     * @param reached {@code flowId/stepId} → seekers; steps not in the map show no number
     */
    public static String render(Dialogs dialogs, List<Flow> flows, Map<String, Long> reached) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        Set<String> drawn = new LinkedHashSet<>();
        flows.forEach(f -> drawn.add(f.id()));
        Set<String> outside = new TreeSet<>();
        for (Flow flow : flows) {
            out.append("  subgraph ").append(node(flow.id(), null)).append("[\"")
                    .append(label(flow.title().ko() + " / " + flow.title().en())).append("\"]\n");
            for (Step step : flow.steps()) {
                out.append("    ").append(node(flow.id(), step.id())).append("[\"")
                        .append(label(kind(step) + ": " + step.id()
                                + seekers(reached.get(flow.id() + "/" + step.id())))).append(StepText.of(step))
                        .append("\"]\n");
            }
            out.append("  end\n");
            edges(dialogs, flow, drawn, outside, out);
        }
        for (String id : outside) {
            dialogs.flow(id).ifPresent(f -> out.append("  ").append(node(id, null)).append("[[\"")
                    .append(label("→ " + f.title().ko() + " / " + f.title().en())).append("\"]]\n"));
        }
        return out.toString();
    }

    /** The node an arrow into {@code target} ends at: its first step, or its box when it is not drawn. */
    private static String entry(Flow target, Set<String> drawn, Set<String> outside) {
        if (drawn.contains(target.id()) && !target.steps().isEmpty()) {
            return node(target.id(), target.steps().get(0).id());
        }
        outside.add(target.id());
        return node(target.id(), null);
    }

    /** Arrows from the buttons of {@code step} whose payload starts a flow, labelled with the button. */
    private static void buttonLinks(Dialogs dialogs, String from, Step step, Set<String> drawn, Set<String> outside,
            StringBuilder out) {
        for (Button button : step.buttons()) {
            dialogs.flowList().stream().filter(f -> f.triggers().payloads().contains(button.payload())).findFirst()
                    .ifPresent(f -> arrow(out, from, entry(f, drawn, outside), button.title().ko()));
        }
    }

    private static void edges(Dialogs dialogs, Flow flow, Set<String> drawn, Set<String> outside, StringBuilder out) {
        List<Step> steps = flow.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String from = node(flow.id(), step.id());
            boolean fallsThrough = !(step instanceof Step.Goto || step instanceof Step.End
                    || step instanceof Step.Handoff || step instanceof Step.StartFlow s && !s.returns());
            if (step instanceof Step.Branch branch) {
                branch.cases().forEach(c -> arrow(out, from, node(flow.id(), c.target()), c.when().source()));
                branch.otherwise().ifPresent(t -> arrow(out, from, node(flow.id(), t), "else"));
                fallsThrough = branch.otherwise().isEmpty();
            } else if (step instanceof Step.Goto jump) {
                arrow(out, from, node(flow.id(), jump.target()), null);
            } else if (step instanceof Step.StartFlow call) {
                dialogs.flow(call.flow()).ifPresent(target -> arrow(out, from, entry(target, drawn, outside),
                        call.returns() ? "call" : "flow"));
            } else if (step instanceof Step.Ask ask) {
                ask.fail().ifPresent(t -> arrow(out, from, node(flow.id(), t), "fail"));
            }
            buttonLinks(dialogs, from, step, drawn, outside, out);
            if (fallsThrough && i + 1 < steps.size()) {
                arrow(out, from, node(flow.id(), steps.get(i + 1).id()), null);
            }
        }
    }

    private static void arrow(StringBuilder out, String from, String to, String label) {
        out.append("  ").append(from).append(label == null ? " --> " : " -->|\"" + label(label) + "\"| ")
                .append(to).append('\n');
    }

    private static String seekers(Long count) {
        return count == null ? "" : " · " + count + "명";
    }

    private static String kind(Step step) {
        return step.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static String node(String flow, String step) {
        String raw = step == null ? flow : flow + "__" + step;
        return raw.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** Text made safe inside a quoted Mermaid label. */
    static String label(String text) {
        return text.replace("\"", "'");
    }
}
