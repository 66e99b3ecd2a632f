package org.doyak.dialog.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.doyak.dialog.Button;
import org.doyak.dialog.Text;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;
import org.doyak.dialog.load.Node.Seq;
import org.doyak.dialog.load.ParsedFlow.Use;

/**
 * Typed access to {@link Node}s that records a problem, with its place, for anything unexpected.
 * {@code what} names the thing being read in both languages, e.g. {@code 버튼 / a button}.
 */
final class Reader {
    private final Problems problems;
    private final List<Use> uses = new ArrayList<>();

    Reader(Problems problems) {
        this.problems = problems;
    }

    /** Notes a value for the checks on meaning. */
    void use(Use.Kind kind, String value, String context, Node.Where where) {
        uses.add(new Use(kind, value, context, where));
    }

    /** The uses noted since the last call, which forgets them. */
    List<Use> takeUses() {
        List<Use> out = List.copyOf(uses);
        uses.clear();
        return out;
    }

    Problems problems() {
        return problems;
    }

    Optional<Mapping> mapping(Node node, Text what) {
        if (node instanceof Mapping m) {
            return Optional.of(m);
        }
        problems.add(node.where(), what.ko() + ": 'key: value' 줄로 된 매핑이어야 해요",
                what.en() + " must be a mapping of 'key: value' lines");
        return Optional.empty();
    }

    /** Reports every key not in {@code allowed}, with the allowed key it most likely meant. */
    void onlyKeys(Mapping map, Set<String> allowed, Text what) {
        String list = String.join(", ", allowed.stream().sorted().toList());
        map.keyPlaces().forEach((key, where) -> {
            if (!allowed.contains(key)) {
                String[] hint = Closest.hint(key, allowed);
                problems.add(where, "알 수 없는 키 '" + key + "' (" + what.ko() + ")" + hint[0] + " (쓸 수 있는 키: " + list
                        + ")",
                        "unknown key '" + key + "' in " + what.en() + hint[1] + " (allowed: " + list + ")");
            }
        });
    }

    Optional<String> string(Mapping map, String key, boolean required, Text what) {
        Node node = map.entries().get(key);
        if (node == null) {
            if (required) {
                problems.add(map.where(), what.ko() + "에 '" + key + "' 항목이 필요해요", what.en() + " needs '" + key + "'");
            }
            return Optional.empty();
        }
        if (node instanceof Scalar s && s.value() != null && !s.value().isBlank()) {
            return Optional.of(s.value().trim());
        }
        problems.add(node.where(), "'" + key + "'에는 비어 있지 않은 값 하나를 써야 해요",
                "'" + key + "' must be a non-empty value");
        return Optional.empty();
    }

    Optional<Long> number(Mapping map, String key) {
        return string(map, key, false, new Text("", "")).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                problems.add(map.entries().get(key).where(), "'" + key + "'에는 정수를 써야 해요: '" + v + "'",
                        "'" + key + "' must be a whole number, not '" + v + "'");
                return Optional.empty();
            }
        });
    }

    List<String> strings(Mapping map, String key) {
        Node node = map.entries().get(key);
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node instanceof Scalar s && s.value() != null) {
            out.add(s.value().trim());
        } else if (node instanceof Seq seq) {
            for (Node item : seq.items()) {
                if (item instanceof Scalar s && s.value() != null && !s.value().isBlank()) {
                    out.add(s.value().trim());
                } else {
                    problems.add(item.where(), "'" + key + "' 목록의 항목은 값 하나씩이어야 해요",
                            "'" + key + "' items must be plain values");
                }
            }
        } else {
            problems.add(node.where(), "'" + key + "' 값은 [a, b] 같은 목록이어야 해요", "'" + key
                    + "' must be a list like [a, b]");
        }
        return out;
    }

    /**
     * Reads {@code {ko: ..., en: ...}}; both are required. Extra keys with no value next to {@code ko} and
     * {@code en} are what YAML makes of an unquoted comma ({@code en: Yes, graduated}), and are said so.
     */
    Optional<Text> text(Node node, Text what) {
        if (!(node instanceof Mapping m)) {
            problems.add(node.where(), what.ko() + "에는 한국어와 영어 텍스트가 모두 필요해요, 예: {ko: 안녕하세요, en: Hello}",
                    what.en() + " needs both 'ko' and 'en' texts, e.g. {ko: 안녕하세요, en: Hello}");
            return Optional.empty();
        }
        if (UnquotedComma.report(m, problems)) {
            return Optional.empty();
        }
        onlyKeys(m, Set.of("ko", "en"), what);
        Optional<String> ko = localized(m, "ko", what);
        Optional<String> en = localized(m, "en", what);
        return ko.isPresent() && en.isPresent() ? Optional.of(new Text(ko.get(), en.get())) : Optional.empty();
    }

    private Optional<String> localized(Mapping m, String lang, Text what) {
        Node node = m.entries().get(lang);
        if (node instanceof Scalar s && s.value() != null && !s.value().isBlank()) {
            use(Use.Kind.TEXT, s.value(), "", s.where());
            return Optional.of(s.value().strip());
        }
        problems.add(node == null ? m.where() : node.where(), what.ko() + "에 '" + lang + "' 텍스트가 없어요",
                "missing '" + lang + "' text in " + what.en());
        return Optional.empty();
    }

    Optional<Text> optionalText(Mapping map, String key, Text what) {
        Node node = map.entries().get(key);
        return node == null ? Optional.empty() : text(node, what);
    }

    /**
     * Reads a step's buttons.
     *
     * @param answerSlot the question's slot when the buttons answer a question, else empty
     */
    List<Button> buttons(Mapping map, String answerSlot) {
        Node node = map.entries().get("buttons");
        List<Button> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof Seq seq)) {
            problems.add(node.where(), "'buttons' 값은 목록이어야 해요", "'buttons' must be a list");
            return out;
        }
        Text button = new Text("버튼", "a button");
        for (Node item : seq.items()) {
            mapping(item, button).ifPresent(b -> {
                onlyKeys(b, Set.of("title", "payload"), button);
                Optional<Text> title = b.entries().containsKey("title")
                        ? text(b.entries().get("title"), new Text("버튼 제목", "a button title")) : Optional.empty();
                if (!b.entries().containsKey("title")) {
                    problems.add(b.where(), "버튼에 제목(title)이 없어요", "button without a title");
                }
                Optional<String> payload = string(b, "payload", false, button);
                if (!b.entries().containsKey("payload")) {
                    problems.add(b.where(), "버튼에 payload가 없어요", "button without a payload");
                }
                payload.ifPresent(p -> use(answerSlot.isEmpty() ? Use.Kind.PAYLOAD : Use.Kind.ANSWER, p, answerSlot,
                        b.entries().get("payload").where()));
                if (title.isPresent() && payload.isPresent()) {
                    out.add(new Button(title.get(), payload.get()));
                }
            });
        }
        return out;
    }
}
