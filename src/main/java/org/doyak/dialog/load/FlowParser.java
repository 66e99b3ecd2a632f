package org.doyak.dialog.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doyak.dialog.Flow;
import org.doyak.dialog.Step;
import org.doyak.dialog.Text;
import org.doyak.dialog.Triggers;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;
import org.doyak.dialog.load.Node.Seq;
import org.doyak.dialog.load.Node.Where;
import org.doyak.dialog.load.ParsedFlow.Use;

/** Reads one flow file. */
final class FlowParser {
    private static final Text FLOW_FILE = new Text("흐름 파일", "a flow file");
    private static final Text FLOW = new Text("흐름", "a flow");
    private final Reader in;

    FlowParser(Problems problems) {
        this.in = new Reader(problems);
    }

    Optional<ParsedFlow> parse(Node root) {
        Optional<Mapping> top = in.mapping(root, FLOW_FILE);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Mapping m = top.get();
        in.takeUses();
        in.onlyKeys(m, Set.of("id", "title", "triggers", "steps"), FLOW);
        Optional<String> id = in.string(m, "id", true, FLOW);
        Optional<Text> title = m.entries().containsKey("title") ? in.text(m.entries().get("title"), new Text("흐름 제목",
                "the flow title"))
                : Optional.empty();
        if (!m.entries().containsKey("title")) {
            in.problems().add(m.where(), "흐름에 한국어와 영어 'title'이 필요해요", "a flow needs 'title' in ko and en");
        }
        Triggers triggers = triggers(m);
        List<Step> steps = new ArrayList<>();
        List<Where> places = new ArrayList<>();
        List<ParsedFlow.Reference> refs = new ArrayList<>();
        Node stepsNode = m.entries().get("steps");
        if (!(stepsNode instanceof Seq seq) || seq.items().isEmpty()) {
            in.problems().add(stepsNode == null ? m.where() : stepsNode.where(), "흐름에 단계 목록 'steps'가 필요해요",
                    "a flow needs a list of 'steps'");
        } else {
            readSteps(seq, steps, places, refs);
        }
        if (id.isEmpty() || title.isEmpty() || steps.isEmpty()) {
            return Optional.empty();
        }
        Where at = m.keyPlaces().get("id");
        return Optional.of(new ParsedFlow(new Flow(id.get(), title.get(), triggers, steps), at, places, refs,
                in.takeUses()));
    }

    private void readSteps(Seq seq, List<Step> steps, List<Where> places, List<ParsedFlow.Reference> refs) {
        StepParser parser = new StepParser(in, refs);
        Map<String, Where> seen = new HashMap<>();
        for (Node item : seq.items()) {
            Optional<Mapping> step = in.mapping(item, new Text("단계", "a step"));
            if (step.isEmpty()) {
                continue;
            }
            String id = in.string(step.get(), "id", false, new Text("단계", "a step"))
                    .orElseGet(() -> unnamedId(step.get(), seen, steps.size() + 1));
            Where first = seen.putIfAbsent(id, item.where());
            if (first != null) {
                in.problems().add(item.where(), "단계 id가 두 번 있어요: '" + id + "' (처음은 " + first.line() + "번째 줄)",
                        "duplicate step id '" + id + "' (first at line " + first.line() + ")");
            }
            parser.parse(step.get(), id, steps.size()).ifPresent(s -> {
                steps.add(s);
                places.add(item.where());
            });
        }
    }

    /**
     * The id of a step written without one: {@code ask-SLOT} for a question (stable when steps are inserted
     * before it, so a waiting seeker keeps their place across a publish), else {@code step-N} by position.
     */
    private static String unnamedId(Mapping step, Map<String, Where> seen, int number) {
        if (step.entries().containsKey("ask") && step.entries().get("slot") instanceof Node.Scalar slot) {
            String id = "ask-" + slot.value();
            if (!seen.containsKey(id)) {
                return id;
            }
        }
        return "step-" + number;
    }

    private Triggers triggers(Mapping m) {
        Node node = m.entries().get("triggers");
        if (node == null) {
            return new Triggers(List.of(), List.of(), List.of(), List.of());
        }
        return in.mapping(node, new Text("'triggers'", "'triggers'")).map(t -> {
            in.onlyKeys(t, Set.of("commands", "intents", "keywords", "payloads"), new Text("'triggers'", "'triggers'"));
            List<String> commands = in.strings(t, "commands");
            commands.stream().filter(c -> !c.startsWith("/")).forEach(c ->
                    in.problems().add(t.entries().get("commands").where(), "명령어는 /로 시작해야 해요: '" + c + "'",
                            "command '" + c + "' must start with /"));
            if (t.entries().get("intents") instanceof Seq intents) {
                intents.items().stream().filter(i -> i instanceof Scalar s && s.value() != null)
                        .forEach(i -> in.use(Use.Kind.INTENT, ((Scalar) i).value().trim(), "", i.where()));
            }
            return new Triggers(commands, in.strings(t, "intents"), in.strings(t, "keywords"),
                    in.strings(t, "payloads"));
        }).orElse(new Triggers(List.of(), List.of(), List.of(), List.of()));
    }

    /** Reads {@code messages.yaml}: {@code messages: {key: {ko, en}}} ({@code widget:} is {@link WidgetSection}'s). */
    Map<String, Text> messages(Node root) {
        Map<String, Text> out = new HashMap<>();
        in.mapping(root, new Text("messages.yaml", "messages.yaml")).ifPresent(m -> {
            in.onlyKeys(m, Set.of("messages", "widget"), new Text("messages.yaml", "messages.yaml"));
            Node body = m.entries().get("messages");
            if (body == null) {
                in.problems().add(m.where(), "messages.yaml에 'messages:'가 필요해요", "messages.yaml needs 'messages:'");
                return;
            }
            in.mapping(body, new Text("'messages'", "'messages'")).ifPresent(all -> all.entries().forEach((key,
                    value) ->
                    in.text(value, new Text("메시지 '" + key + "'", "message '" + key + "'")).ifPresent(t -> out.put(key,
                            t))));
        });
        return out;
    }

    static boolean isScalar(Node node) {
        return node instanceof Scalar;
    }
}
