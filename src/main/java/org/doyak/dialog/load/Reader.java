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

/** Typed access to {@link Node}s that records a problem, with its place, for anything unexpected. */
final class Reader {
    private final Problems problems;

    Reader(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    Optional<Mapping> mapping(Node node, String what) {
        if (node instanceof Mapping m) {
            return Optional.of(m);
        }
        problems.add(node.where(), what + " must be a mapping of 'key: value' lines");
        return Optional.empty();
    }

    void onlyKeys(Mapping map, Set<String> allowed, String what) {
        map.keyPlaces().forEach((key, where) -> {
            if (!allowed.contains(key)) {
                problems.add(where, "unknown key '" + key + "' in " + what + " (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        });
    }

    Optional<String> string(Mapping map, String key, boolean required, String what) {
        Node node = map.entries().get(key);
        if (node == null) {
            if (required) {
                problems.add(map.where(), what + " needs '" + key + "'");
            }
            return Optional.empty();
        }
        if (node instanceof Scalar s && s.value() != null && !s.value().isBlank()) {
            return Optional.of(s.value().trim());
        }
        problems.add(node.where(), "'" + key + "' must be a non-empty value");
        return Optional.empty();
    }

    Optional<Long> number(Mapping map, String key) {
        return string(map, key, false, "").flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v));
            } catch (NumberFormatException e) {
                problems.add(map.entries().get(key).where(), "'" + key + "' must be a whole number, not '" + v + "'");
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
                    problems.add(item.where(), "'" + key + "' items must be plain values");
                }
            }
        } else {
            problems.add(node.where(), "'" + key + "' must be a list like [a, b]");
        }
        return out;
    }

    /** Reads {@code {ko: ..., en: ...}}; both are required. */
    Optional<Text> text(Node node, String what) {
        if (!(node instanceof Mapping m)) {
            problems.add(node.where(), what + " needs both 'ko' and 'en' texts, e.g. {ko: 안녕하세요, en: Hello}");
            return Optional.empty();
        }
        onlyKeys(m, Set.of("ko", "en"), what);
        Optional<String> ko = localized(m, "ko", what);
        Optional<String> en = localized(m, "en", what);
        return ko.isPresent() && en.isPresent() ? Optional.of(new Text(ko.get(), en.get())) : Optional.empty();
    }

    private Optional<String> localized(Mapping m, String lang, String what) {
        Node node = m.entries().get(lang);
        if (node instanceof Scalar s && s.value() != null && !s.value().isBlank()) {
            return Optional.of(s.value().strip());
        }
        problems.add(node == null ? m.where() : node.where(), "missing '" + lang + "' text in " + what);
        return Optional.empty();
    }

    Optional<Text> optionalText(Mapping map, String key, String what) {
        Node node = map.entries().get(key);
        return node == null ? Optional.empty() : text(node, what);
    }

    List<Button> buttons(Mapping map) {
        Node node = map.entries().get("buttons");
        List<Button> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof Seq seq)) {
            problems.add(node.where(), "'buttons' must be a list");
            return out;
        }
        for (Node item : seq.items()) {
            mapping(item, "a button").ifPresent(b -> {
                onlyKeys(b, Set.of("title", "payload"), "a button");
                Optional<Text> title = b.entries().containsKey("title")
                        ? text(b.entries().get("title"), "a button title") : Optional.empty();
                if (!b.entries().containsKey("title")) {
                    problems.add(b.where(), "button without a title");
                }
                Optional<String> payload = string(b, "payload", false, "a button");
                if (!b.entries().containsKey("payload")) {
                    problems.add(b.where(), "button without a payload");
                }
                if (title.isPresent() && payload.isPresent()) {
                    out.add(new Button(title.get(), payload.get()));
                }
            });
        }
        return out;
    }
}
