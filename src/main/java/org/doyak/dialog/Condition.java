package org.doyak.dialog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on slots, as staff write it: {@code age >= 35}, {@code status == unemployed},
 * {@code region is set}, {@code consent is empty}, joined with {@code and} / {@code or}
 * ({@code and} binds tighter). Numbers compare as numbers; other values as text, ignoring case.
 *
 * @param source the condition as written
 * @param anyOf alternatives ({@code or}); each is a list of clauses that must all hold ({@code and})
 */
public record Condition(String source, List<List<Clause>> anyOf) {
    private static final Pattern CLAUSE =
            Pattern.compile("\\s*([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(==|!=|>=|<=|>|<|is set|is empty)\\s*(.*?)\\s*");

    /** Creates an immutable condition. */
    public Condition {
        anyOf = anyOf.stream().map(List::copyOf).toList();
    }

    /**
     * Parses a condition.
     *
     * @return the condition, or empty when any clause is not of a known form
     */
    public static Optional<Condition> parse(String source) {
        List<List<Clause>> alternatives = new ArrayList<>();
        for (String alternative : source.split("\\s+or\\s+")) {
            List<Clause> clauses = new ArrayList<>();
            for (String part : alternative.split("\\s+and\\s+")) {
                Matcher m = CLAUSE.matcher(part);
                if (!m.matches()) {
                    return Optional.empty();
                }
                boolean unary = m.group(2).startsWith("is ");
                if (unary != m.group(3).isEmpty()) {
                    return Optional.empty();
                }
                clauses.add(new Clause(m.group(1), m.group(2), unquote(m.group(3))));
            }
            alternatives.add(clauses);
        }
        return Optional.of(new Condition(source, alternatives));
    }

    /** True when the slots satisfy the condition. */
    public boolean holds(Map<String, String> slots) {
        return anyOf.stream().anyMatch(all -> all.stream().allMatch(c -> c.holds(slots.get(c.slot()))));
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }

    /** One comparison of a slot with a value. */
    public record Clause(String slot, String operator, String value) {

        boolean holds(String actual) {
            boolean set = actual != null && !actual.isBlank();
            switch (operator) {
                case "is set":
                    return set;
                case "is empty":
                    return !set;
                case "==":
                    return set && compare(actual) == 0;
                case "!=":
                    return !set || compare(actual) != 0;
                default:
                    return set && ordered(actual);
            }
        }

        private boolean ordered(String actual) {
            int cmp = compare(actual);
            switch (operator) {
                case ">":
                    return cmp > 0;
                case ">=":
                    return cmp >= 0;
                case "<":
                    return cmp < 0;
                default:
                    return cmp <= 0;
            }
        }

        private int compare(String actual) {
            try {
                return Double.compare(Double.parseDouble(actual.trim()), Double.parseDouble(value));
            } catch (NumberFormatException notNumbers) {
                return actual.trim().compareToIgnoreCase(value);
            }
        }
    }
}
