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
import org.doyak.dialog.load.ParsedFlow.Use;

/** Reads one step. The step's kind is the one kind key it has (say, ask, branch, ...). */
final class StepParser {
    static final List<String> KINDS = List.of("say", "ask", "branch", "goto", "flow", "call", "set", "list",
            "handoff", "end", "do");
    private static final int DEFAULT_RETRIES = 2;
    private static final List<String> EXPECTS = List.of("text", "number", "choice", "pattern");
    private static final Text CASE = new Text("branch의 경우", "a branch case");

    private final Reader in;
    private final List<Reference> references;

    StepParser(Reader in, List<Reference> references) {
        this.in = in;
        this.references = references;
    }

    Optional<Step> parse(Mapping m, String id, int index) {
        List<String> kinds = KINDS.stream().filter(m.entries()::containsKey).toList();
        if (kinds.size() != 1) {
            String all = String.join(", ", KINDS);
            String found = String.join(", ", kinds);
            if (kinds.isEmpty()) {
                in.problems().add(m.where(), "단계의 종류가 없어요. 다음 중 하나를 쓰세요: " + all,
                        "step has no kind: write one of " + all);
            } else {
                in.problems().add(m.where(), "한 단계에 종류가 여러 개예요 (" + found + "). 단계를 나누세요",
                        "step has several kinds (" + found + "): split it into steps");
            }
            return Optional.empty();
        }
        String kind = kinds.get(0);
        Node value = m.entries().get(kind);
        Text what = new Text("단계 '" + id + "'", "step '" + id + "'");
        switch (kind) {
            case "say":
                in.onlyKeys(m, Set.of("id", "say", "buttons"), what);
                return in.text(value, what).map(t -> new Step.Say(id, t, in.buttons(m, "")));
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
                return in.mapping(value, new Text("'set'", "'set'")).map(map -> {
                    map.keyPlaces().forEach((slot, where) -> in.use(Use.Kind.SLOT, slot, "", where));
                    return new Step.SetSlots(id, scalars(map));
                });
            case "list":
                return list(m, id, what);
            case "do":
                in.onlyKeys(m, Set.of("id", "do", "with"), what);
                Map<String, String> with = m.entries().containsKey("with")
                        ? in.mapping(m.entries().get("with"), new Text("'with'",
                        "'with'")).map(this::scalars).orElse(Map.of()) : Map.of();
                return in.string(m, "do", true, what).map(action -> new Step.Do(id, action, with));
            case "handoff":
                in.onlyKeys(m, Set.of("id", "handoff", "text"), what);
                Optional<Text> text = in.optionalText(m, "text", what);
                return in.string(m, "handoff", true, what).map(reason -> new Step.Handoff(id, reason, text));
            default:
                in.onlyKeys(m, Set.of("id", "end", "buttons"), what);
                Optional<Text> bye = value instanceof Mapping ? in.text(value, what) : Optional.empty();
                return Optional.of(new Step.End(id, bye, in.buttons(m, "")));
        }
    }

    private Optional<Step> ask(Mapping m, String id, int index, Node value, Text what) {
        in.onlyKeys(m, Set.of("id", "ask", "buttons", "slot", "expect", "min", "max", "pattern", "retry",
                "retries", "fail", "again"), what);
        Optional<Text> question = in.text(value, what);
        Optional<String> slot = in.string(m, "slot", true, what);
        String kind = in.string(m, "expect", false, what).orElse(m.entries().containsKey("buttons")
                ? "choice" : "text");
        Optional<Expect> expect = expect(m, kind, what);
        Text retry = in.optionalText(m, "retry", what).orElse(null);
        Optional<Text> again = in.optionalText(m, "again", what);
        int retries = in.number(m, "retries").map(Long::intValue).orElse(DEFAULT_RETRIES);
        Optional<String> fail = in.string(m, "fail", false, what);
        fail.ifPresent(f -> references.add(new Reference(index, false, f, m.entries().get("fail").where())));
        var buttons = in.buttons(m, slot.orElse("?"));
        slot.ifPresent(name -> in.use(Use.Kind.SLOT, name, "", m.entries().get("slot").where()));
        if ("choice".equals(kind) && buttons.isEmpty()) {
            in.problems().add(m.where(), what.ko() + ": 선택지를 기대하지만 버튼이 없어요",
                    what.en() + " expects a choice but has no buttons");
        }
        if (question.isEmpty() || slot.isEmpty() || expect.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step.Ask(id, question.get(), buttons, slot.get(), expect.get(), retry, retries, fail,
                again));
    }

    private Optional<Expect> expect(Mapping m, String kind, Text what) {
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
                        in.problems().add(m.entries().get("pattern").where(),
                                "정규식 패턴이 잘못됐어요: " + e.getDescription(), "bad pattern: " + e.getDescription());
                        return Optional.empty();
                    }
                });
            default:
                String[] hint = Closest.hint(kind, EXPECTS);
                in.problems().add(m.entries().get("expect").where(), "알 수 없는 expect '" + kind + "'" + hint[0]
                        + " (text, number, choice, pattern 중 하나)",
                        "unknown expect '" + kind + "'" + hint[1] + " (use text, number, choice or pattern)");
                return Optional.empty();
        }
    }

    private Optional<Step> branch(Mapping m, String id, int index, Node value, Text what) {
        in.onlyKeys(m, Set.of("id", "branch", "else"), what);
        if (!(value instanceof Seq seq)) {
            in.problems().add(value.where(), "'branch'는 '- if: ... goto: ...' 경우들의 목록이어야 해요",
                    "'branch' must be a list of '- if: ... goto: ...' cases");
            return Optional.empty();
        }
        List<Step.Case> cases = new ArrayList<>();
        for (Node item : seq.items()) {
            in.mapping(item, CASE).ifPresent(c -> {
                in.onlyKeys(c, Set.of("if", "goto"), CASE);
                Optional<String> cond = in.string(c, "if", true, CASE);
                Optional<String> target = in.string(c, "goto", true, CASE);
                Optional<Condition> parsed = cond.flatMap(Condition::parse);
                parsed.ifPresent(p -> in.use(Use.Kind.CONDITION, p.source(), "", c.entries().get("if").where()));
                if (cond.isPresent() && parsed.isEmpty()) {
                    in.problems().add(c.entries().get("if").where(), "조건을 읽을 수 없어요: '" + cond.get()
                            + "' (예: 'age >= 35', 'status == unemployed', 'region is set')", "cannot read condition '"
                            + cond.get() + "' (write e.g. 'age >= 35', 'status == unemployed', 'region is set')");
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

    private Optional<Step> list(Mapping m, String id, Text what) {
        in.onlyKeys(m, Set.of("id", "list", "where", "item", "empty", "limit"), what);
        Optional<String> collection = in.string(m, "list", true, what);
        Map<String, String> where = m.entries().containsKey("where")
                ? in.mapping(m.entries().get("where"), new Text("'where'",
                "'where'")).map(this::scalars).orElse(Map.of()) : Map.of();
        List<Use> before = in.takeUses();
        Optional<Text> item = m.entries().containsKey("item")
                ? in.text(m.entries().get("item"), new Text(what.ko() + " item", what.en() + " item"))
                : Optional.empty();
        List<Use> itemUses = in.takeUses();
        before.forEach(u -> in.use(u.kind(), u.value(), u.context(), u.where()));
        itemUses.forEach(u -> in.use(u.kind() == Use.Kind.TEXT ? Use.Kind.ITEM_TEXT : u.kind(), u.value(),
                collection.orElse(""), u.where()));
        if (!m.entries().containsKey("item")) {
            in.problems().add(m.where(), what.ko() + "에 'item'이 필요해요: 항목 하나를 보여 주는 방법, 예: {ko: '{name}', en: ...}",
                    what.en() + " needs 'item': how to show one item, e.g. {ko: '{name}', en: ...}");
        }
        Optional<Text> empty = m.entries().containsKey("empty")
                ? in.text(m.entries().get("empty"), new Text(what.ko() + " empty", what.en() + " empty"))
                : Optional.empty();
        if (!m.entries().containsKey("empty")) {
            in.problems().add(m.where(), what.ko() + "에 'empty'가 필요해요: 맞는 항목이 없을 때 할 말",
                    what.en() + " needs 'empty': what to say when nothing matches");
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
                in.use(Use.Kind.TEXT, out.get(k), "", s.where());
            } else {
                in.problems().add(v.where(), "'" + k + "'에는 값 하나를 써야 해요", "'" + k + "' must be a plain value");
            }
        });
        return out;
    }
}
