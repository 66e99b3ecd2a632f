package org.doyak.dialog.graph;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;

/**
 * Draws flows as Mermaid {@code flowchart} text: one subgraph per flow, one node per step, arrows
 * for the order of steps, jumps, branch cases, calls and button payloads that start other flows.
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
        for (Flow flow : flows) {
            out.append("  subgraph ").append(node(flow.id(), null)).append("[\"")
                    .append(label(flow.title().ko() + " / " + flow.title().en())).append("\"]\n");
            for (Step step : flow.steps()) {
                out.append("    ").append(node(flow.id(), step.id())).append("[\"")
                        .append(label(kind(step) + ": " + step.id()
                                + seekers(reached.get(flow.id() + "/" + step.id())))).append("\"]\n");
            }
            out.append("  end\n");
            edges(dialogs, flow, out);
        }
        return out.toString();
    }

    private static void edges(Dialogs dialogs, Flow flow, StringBuilder out) {
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
                dialogs.flow(call.flow()).ifPresent(target -> arrow(out, from,
                        node(target.id(), target.steps().get(0).id()), call.returns() ? "call" : "flow"));
            } else if (step instanceof Step.Ask ask) {
                ask.fail().ifPresent(t -> arrow(out, from, node(flow.id(), t), "fail"));
            }
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

    private static String label(String text) {
        return text.replace("\"", "'");
    }
}
