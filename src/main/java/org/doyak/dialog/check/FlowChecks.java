package org.doyak.dialog.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;
import org.doyak.dialog.load.Closest;
import org.doyak.dialog.load.Node.Where;
import org.doyak.dialog.load.ParsedFlow;
import org.doyak.dialog.load.ParsedFlow.Reference;
import org.doyak.dialog.load.Problems;

/**
 * Checks that need every flow at once: duplicate flow ids, references to unknown steps or flows,
 * unreachable steps, triggers claimed by two flows, unknown collections and missing system texts.
 */
public final class FlowChecks {
    private FlowChecks() {
    }

    /**
     * Adds every problem found to {@code problems}.
     *
     * @param flows the flows as parsed, in file order
     * @param messages system texts by key
     * @param messagesFile where the system texts live, for problems about missing ones
     * @param collections names of the content collections
     * @param actions names of the actions {@code do} steps may run
     */
    public static void check(List<ParsedFlow> flows, Map<String, Text> messages, Where messagesFile,
            Set<String> collections, Set<String> actions, Problems problems) {
        Map<String, ParsedFlow> byId = new HashMap<>();
        Map<String, Where> triggers = new HashMap<>();
        for (ParsedFlow parsed : flows) {
            Flow flow = parsed.flow();
            ParsedFlow first = byId.putIfAbsent(flow.id(), parsed);
            if (first != null) {
                problems.add(parsed.where(), "흐름 id가 겹쳐요: '" + flow.id() + "' (" + first.where() + "에도 있어요)",
                        "duplicate flow id '" + flow.id() + "' (also in " + first.where() + ")");
            }
            flow.triggers().commands().forEach(c -> claim(triggers, "command " + c, parsed, problems));
            flow.triggers().payloads().forEach(p -> claim(triggers, "payload " + p, parsed, problems));
        }
        for (ParsedFlow parsed : flows) {
            references(parsed, byId.keySet(), problems);
            reachability(parsed, problems);
            names(parsed, collections, actions, problems);
        }
        for (SystemText key : SystemText.values()) {
            if (!messages.containsKey(key.key())) {
                problems.add(messagesFile, "시스템 메시지가 없어요: '" + key.key() + "' (한국어와 영어)",
                        "missing system message '" + key.key() + "' (ko and en)");
            }
        }
    }

    private static void claim(Map<String, Where> seen, String trigger, ParsedFlow flow, Problems problems) {
        Where first = seen.putIfAbsent(trigger, flow.where());
        if (first != null) {
            problems.add(flow.where(), "두 흐름을 시작하는 트리거: " + trigger + " (" + first + "에도 있어요)",
                    trigger + " starts two flows (also " + first + ")");
        }
    }

    private static void references(ParsedFlow parsed, Set<String> flowIds, Problems problems) {
        for (Reference ref : parsed.references()) {
            boolean known = ref.toFlow() ? flowIds.contains(ref.target())
                    : parsed.flow().indexOf(ref.target()).isPresent();
            if (!known) {
                Set<String> names = ref.toFlow() ? flowIds : new TreeSet<>(parsed.flow().steps().stream()
                        .map(Step::id).toList());
                String[] hint = Closest.hint(ref.target(), names);
                problems.add(ref.where(), "알 수 없는 " + (ref.toFlow() ? "흐름" : "단계") + " '" + ref.target() + "'"
                        + hint[0],
                        "unknown " + (ref.toFlow() ? "flow" : "step") + " '" + ref.target() + "'" + hint[1]);
            }
        }
    }

    private static void reachability(ParsedFlow parsed, Problems problems) {
        Flow flow = parsed.flow();
        boolean[] reached = new boolean[flow.steps().size()];
        Deque<Integer> todo = new ArrayDeque<>(List.of(0));
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (i >= reached.length || reached[i]) {
                continue;
            }
            reached[i] = true;
            if (fallsThrough(flow.steps().get(i))) {
                todo.push(i + 1);
            }
            for (Reference ref : parsed.references()) {
                if (ref.fromStep() == i && !ref.toFlow()) {
                    flow.indexOf(ref.target()).ifPresent(todo::push);
                }
            }
        }
        for (int i = 0; i < reached.length; i++) {
            if (!reached[i]) {
                problems.add(parsed.stepPlaces().get(i), "단계 '" + flow.steps().get(i).id()
                        + "'에는 절대 도달하지 않아요", "step '" + flow.steps().get(i).id() + "' can never be reached");
            }
        }
    }

    private static boolean fallsThrough(Step step) {
        if (step instanceof Step.StartFlow start) {
            return start.returns();
        }
        if (step instanceof Step.Branch branch) {
            return branch.otherwise().isEmpty();
        }
        return !(step instanceof Step.Goto || step instanceof Step.End || step instanceof Step.Handoff);
    }

    private static void names(ParsedFlow parsed, Set<String> collections, Set<String> actions, Problems problems) {
        List<Step> steps = parsed.flow().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Step.ListItems list && !collections.contains(list.collection())) {
                String[] hint = Closest.hint(list.collection(), collections);
                problems.add(parsed.stepPlaces().get(i), "알 수 없는 내용 모음 '" + list.collection() + "'" + hint[0],
                        "unknown content collection '" + list.collection() + "'" + hint[1]);
            }
            if (steps.get(i) instanceof Step.Do call && !actions.contains(call.action())) {
                String known = String.join(", ", actions.stream().sorted().toList());
                String[] hint = Closest.hint(call.action(), actions);
                problems.add(parsed.stepPlaces().get(i), "알 수 없는 동작 '" + call.action() + "'" + hint[0] + " (있는 동작: "
                        + known + ")", "unknown action '" + call.action() + "'" + hint[1] + " (known: " + known + ")");
            }
        }
    }
}
