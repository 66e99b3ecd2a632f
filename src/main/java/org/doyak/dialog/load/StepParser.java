package org.doyak.dialog.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.doyak.dialog.Condition;
import org.doyak.dialog.Expect;
import org.doyak.dialog.Step;
import org.doyak.dialog.Text;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;
import org.doyak.dialog.load.Node.Seq;
import org.doyak.dialog.load.ParsedFlow.Reference;

/** Reads one step. The step's kind is the one kind key it has (say, ask, branch, ...). */
final class StepParser {
    static final List<String> KINDS = List.of("say", "ask", "branch", "goto", "flow", "call", "set", "list",
            "handoff", "end", "do");
    private static final int DEFAULT_RETRIES = 2;

    private final Reader in;
    private final List<Reference> references;

    StepParser(Reader in, List<Reference> references) {
        this.in = in;
        this.references = references;
    }

    Optional<Step> parse(Mapping m, String id, int index) {
        List<String> kinds = KINDS.stream().filter(m.entries()::containsKey).toList();
        if (kinds.size() != 1) {
            in.problems().add(m.where(), kinds.isEmpty()
                    ? "step has no kind: write one of " + String.join(", ", KINDS)
                    : "step has several kinds (" + String.join(", ", kinds) + "): split it into steps");
            return Optional.empty();
        }
        String kind = kinds.get(0);
        Node value = m.entries().get(kind);
        String what = "step '" + id + "'";
        switch (kind) {
            case "say":
                in.onlyKeys(m, Set.of("id", "say", "buttons"), what);
                return in.text(value, what).map(t -> new Step.Say(id, t, in.buttons(m)));
            case "ask":
                return ask(m, id, index, value, what);
            case "branch":
                return branch(m, id, index, value, what);
            case "goto":
            case "flow":
            case "call":
                in.onlyKeys(m, Set.of("id", kind), what);
                return in.string(m, kind, true, what).map(target -> {
                    references.add(new Reference(index, !kind.equals("goto"), target, value.where()));
                    return kind.equals("goto") ? new Step.Goto(id, target)
                            : new Step.StartFlow(id, target, kind.equals("call"));
                });
            case "set":
                in.onlyKeys(m, Set.of("id", "set"), what);
                return in.mapping(value, "'set'").map(map -> new Step.SetSlots(id, scalars(map)));
            case "list":
                return list(m, id, what);
            case "do":
                in.onlyKeys(m, Set.of("id", "do", "with"), what);
                Map<String, String> with = m.entries().containsKey("with")
                        ? in.mapping(m.entries().get("with"), "'with'").map(this::scalars).orElse(Map.of()) : Map.of();
                return in.string(m, "do", true, what).map(action -> new Step.Do(id, action, with));
            case "handoff":
                in.onlyKeys(m, Set.of("id", "handoff", "text"), what);
                Optional<Text> text = in.optionalText(m, "text", what);
                return in.string(m, "handoff", true, what).map(reason -> new Step.Handoff(id, reason, text));
            default:
                in.onlyKeys(m, Set.of("id", "end", "buttons"), what);
                Optional<Text> bye = value instanceof Mapping ? in.text(value, what) : Optional.empty();
                return Optional.of(new Step.End(id, bye, in.buttons(m)));
        }
    }

    private Optional<Step> ask(Mapping m, String id, int index, Node value, String what) {
        in.onlyKeys(m, Set.of("id", "ask", "buttons", "slot", "expect", "min", "max", "pattern", "retry",
                "retries", "fail"), what);
        Optional<Text> question = in.text(value, what);
        Optional<String> slot = in.string(m, "slot", true, what);
        String kind = in.string(m, "expect", false, what).orElse(m.entries().containsKey("buttons")
                ? "choice" : "text");
        Optional<Expect> expect = expect(m, kind, what);
        Text retry = in.optionalText(m, "retry", what).orElse(null);
        int retries = in.number(m, "retries").map(Long::intValue).orElse(DEFAULT_RETRIES);
        Optional<String> fail = in.string(m, "fail", false, what);
        fail.ifPresent(f -> references.add(new Reference(index, false, f, m.entries().get("fail").where())));
        var buttons = in.buttons(m);
        if ("choice".equals(kind) && buttons.isEmpty()) {
            in.problems().add(m.where(), what + " expects a choice but has no buttons");
        }
        if (question.isEmpty() || slot.isEmpty() || expect.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step.Ask(id, question.get(), buttons, slot.get(), expect.get(), retry, retries, fail));
    }

    private Optional<Expect> expect(Mapping m, String kind, String what) {
        Optional<Long> min = in.number(m, "min");
        Optional<Long> max = in.number(m, "max");
        switch (kind) {
            case "text":
            case "choice":
                return Optional.of(new Expect(Expect.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                        Optional.empty(), Optional.empty(), Optional.empty()));
            case "number":
                return Optional.of(new Expect(Expect.Kind.NUMBER, min, max, Optional.empty()));
            case "pattern":
                return in.string(m, "pattern", true, what).flatMap(p -> {
                    try {
                        return Optional.of(new Expect(Expect.Kind.PATTERN, min, max, Optional.of(Pattern.compile(p))));
                    } catch (PatternSyntaxException e) {
                        in.problems().add(m.entries().get("pattern").where(), "bad pattern: " + e.getDescription());
                        return Optional.empty();
                    }
                });
            default:
                in.problems().add(m.entries().get("expect").where(),
                        "unknown expect '" + kind + "' (use text, number, choice or pattern)");
                return Optional.empty();
        }
    }

    private Optional<Step> branch(Mapping m, String id, int index, Node value, String what) {
        in.onlyKeys(m, Set.of("id", "branch", "else"), what);
        if (!(value instanceof Seq seq)) {
            in.problems().add(value.where(), "'branch' must be a list of '- if: ... goto: ...' cases");
            return Optional.empty();
        }
        List<Step.Case> cases = new ArrayList<>();
        for (Node item : seq.items()) {
            in.mapping(item, "a branch case").ifPresent(c -> {
                in.onlyKeys(c, Set.of("if", "goto"), "a branch case");
                Optional<String> cond = in.string(c, "if", true, "a branch case");
                Optional<String> target = in.string(c, "goto", true, "a branch case");
                Optional<Condition> parsed = cond.flatMap(Condition::parse);
                if (cond.isPresent() && parsed.isEmpty()) {
                    in.problems().add(c.entries().get("if").where(), "cannot read condition '" + cond.get()
                            + "' (write e.g. 'age >= 35', 'status == unemployed', 'region is set')");
                }
                target.ifPresent(t -> references.add(new Reference(index, false, t, c.entries().get("goto").where())));
                if (parsed.isPresent() && target.isPresent()) {
                    cases.add(new Step.Case(parsed.get(), target.get()));
                }
            });
        }
        Optional<String> otherwise = in.string(m, "else", false, what);
        otherwise.ifPresent(t -> references.add(new Reference(index, false, t, m.entries().get("else").where())));
        return Optional.of(new Step.Branch(id, cases, otherwise));
    }

    private Optional<Step> list(Mapping m, String id, String what) {
        in.onlyKeys(m, Set.of("id", "list", "where", "item", "empty", "limit"), what);
        Optional<String> collection = in.string(m, "list", true, what);
        Map<String, String> where = m.entries().containsKey("where")
                ? in.mapping(m.entries().get("where"), "'where'").map(this::scalars).orElse(Map.of()) : Map.of();
        Optional<Text> item = m.entries().containsKey("item") ? in.text(m.entries().get("item"), what + " item")
                : Optional.empty();
        if (!m.entries().containsKey("item")) {
            in.problems().add(m.where(), what + " needs 'item': how to show one item, e.g. {ko: '{name}', en: ...}");
        }
        Optional<Text> empty = m.entries().containsKey("empty") ? in.text(m.entries().get("empty"), what + " empty")
                : Optional.empty();
        if (!m.entries().containsKey("empty")) {
            in.problems().add(m.where(), what + " needs 'empty': what to say when nothing matches");
        }
        int limit = in.number(m, "limit").map(Long::intValue).orElse(10);
        if (collection.isEmpty() || item.isEmpty() || empty.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step.ListItems(id, collection.get(), where, item.get(), empty.get(), limit));
    }

    private Map<String, String> scalars(Mapping map) {
        Map<String, String> out = new LinkedHashMap<>();
        map.entries().forEach((k, v) -> {
            if (v instanceof Scalar s) {
                out.put(k, s.value() == null ? "" : s.value());
            } else {
                in.problems().add(v.where(), "'" + k + "' must be a plain value");
            }
        });
        return out;
    }
}
