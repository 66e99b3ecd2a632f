package org.doyak.dialog.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.doyak.dialog.WeeklyHours;
import org.doyak.dialog.load.Node.Mapping;
import org.doyak.dialog.load.Node.Scalar;
import org.doyak.dialog.load.Node.Seq;

/**
 * Checks one content item against its collection's {@link ContentSchema}: unknown fields (with the
 * field most likely meant), and each value against its {@link Field.Kind}.
 */
final class SchemaCheck {
    private final String collection;
    private final List<Field> fields;
    private final Problems problems;

    SchemaCheck(String collection, List<Field> fields, Problems problems) {
        this.collection = collection;
        this.fields = fields;
        this.problems = problems;
    }

    void item(Mapping item) {
        walk(item, "");
    }

    private void walk(Mapping map, String prefix) {
        map.entries().forEach((key, node) -> {
            String name = prefix + key;
            Optional<Field> field = fields.stream().filter(f -> f.name().equals(name)).findFirst();
            if (name.equals("id")) {
                return;
            }
            if (field.isPresent()) {
                value(field.get(), node);
            } else if (isGroup(name) && node instanceof Mapping group) {
                walk(group, name + ".");
            } else if (isGroup(name)) {
                problems.add(node.where(), "'" + name + "' 아래에는 'key: value' 줄을 써야 해요",
                        "'" + name + "' must hold 'key: value' lines");
            } else {
                unknown(map.keyPlaces().get(key), key, prefix);
            }
        });
    }

    private boolean isGroup(String name) {
        return fields.stream().anyMatch(f -> f.name().startsWith(name + "."));
    }

    private void unknown(Node.Where where, String key, String prefix) {
        Set<String> siblings = new TreeSet<>();
        if (prefix.isEmpty()) {
            siblings.add("id");
        }
        fields.stream().map(Field::name).filter(n -> n.startsWith(prefix))
                .map(n -> n.substring(prefix.length()).split("\\.")[0]).forEach(siblings::add);
        String[] hint = Closest.hint(key, siblings);
        String in = prefix.isEmpty() ? collection : collection + " " + prefix.substring(0, prefix.length() - 1);
        problems.add(where, "알 수 없는 항목 '" + key + "' (" + in + ")" + hint[0] + " (쓸 수 있는 항목: "
                + String.join(", ", siblings) + ")",
                "unknown field '" + key + "' in " + in + hint[1] + " (allowed: " + String.join(", ", siblings) + ")");
    }

    private void value(Field field, Node node) {
        switch (field.kind()) {
            case TEXT:
                if (node instanceof Seq) {
                    say(node, field, "한국어·영어 텍스트 {ko: ..., en: ...}나 값 하나를 써야 해요",
                            "must be a text {ko: ..., en: ...} or one value, not a list");
                }
                break;
            case LIST:
            case LIST_OF:
            case TIMES:
            case DATES:
                for (Node item : node instanceof Seq seq ? seq.items() : List.of(node)) {
                    listItem(field, item);
                }
                break;
            default:
                if (node instanceof Scalar s) {
                    scalar(field, s, s.value() == null ? "" : s.value());
                } else {
                    say(node, field, "값 하나를 써야 해요", "must be one value");
                }
        }
    }

    private void listItem(Field field, Node item) {
        if (!(item instanceof Scalar s) || s.value() == null) {
            say(item, field, "목록의 항목은 값 하나씩이어야 해요", "items must be plain values");
        } else if (field.kind() == Field.Kind.LIST_OF) {
            oneOf(field, s, s.value().strip());
        } else if (field.kind() == Field.Kind.TIMES && Dates.time(s.value()).isEmpty()) {
            say(s, field, "없는 시각이에요: '" + s.value() + "' (HH:MM, 00:00–23:59, 예: \"14:00\")",
                    "not a time of day: '" + s.value() + "' (HH:MM, 00:00–23:59, e.g. \"14:00\")");
        } else if (field.kind() == Field.Kind.DATES) {
            Dates.dateProblem(s.value()).ifPresent(p -> say(s, field, p[0], p[1]));
        }
    }

    private void scalar(Field field, Scalar node, String value) {
        if (value.isBlank() && field.kind() != Field.Kind.ONE_OF) {
            return;
        }
        Optional<String[]> problem = switch (field.kind()) {
            case NUMBER -> value.strip().matches("\\d{1,3}") && Integer.parseInt(value.strip()) <= 150
                    ? Optional.empty() : Optional.of(new String[] {"0–150의 정수를 써야 해요: '" + value + "'",
                        "must be a whole number from 0 to 150, not '" + value + "'"});
            case DATE -> Dates.dateProblem(value);
            case MONTH -> Dates.monthProblem(value);
            case WEEKDAY -> Dates.weekdayProblem(value);
            case HOURS -> hoursProblem(value);
            case ONE_OF -> {
                oneOf(field, node, value.strip());
                yield Optional.empty();
            }
            default -> Optional.empty();
        };
        problem.ifPresent(p -> say(node, field, p[0], p[1]));
    }

    private static Optional<String[]> hoursProblem(String value) {
        try {
            WeeklyHours.parse(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            String ko = "운영 시간 형식이 아니에요: '" + value + "' (always, never 또는 \"Mon-Fri 09:00-18:00\"처럼, "
                    + "여러 개는 쉼표로)";
            String en = "not a weekly pattern: '" + value + "' (always, never or like \"Mon-Fri 09:00-18:00\", "
                    + "several joined with commas)";
            return Optional.of(new String[] {ko, en});
        }
    }

    private void oneOf(Field field, Node node, String value) {
        if (!field.values().contains(value)) {
            String[] hint = Closest.hint(value, field.values());
            String allowed = String.join(", ", field.values());
            say(node, field, "알 수 없는 값 '" + value + "'" + hint[0] + " (쓸 수 있는 값: " + allowed + ")",
                    "unknown value '" + value + "'" + hint[1] + " (allowed: " + allowed + ")");
        }
    }

    private void say(Node node, Field field, String ko, String en) {
        problems.add(node.where(), "'" + field.name() + "': " + ko, "'" + field.name() + "': " + en);
    }
}
