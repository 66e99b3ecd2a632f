package org.doyak.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doyak.dialog.load.Closest;

/**
 * Command-line arguments: {@code --name value} (or {@code --name=value}) options, {@code --flag} switches
 * and positional words, in any order. An option may be given more than once ({@code --center a
 * --center b}); {@link #options()} keeps the last value, {@link #all(String)} every one.
 *
 * @param options options and switches (a switch maps to "true"), the last value of each
 * @param repeated every value of each option, in order
 * @param positional the other words, in order
 */
record Args(Map<String, String> options, Map<String, List<String>> repeated, List<String> positional) {
    private static final Set<String> SWITCHES = Set.of("password-stdin");

    /** Parses without checking option names (sub-commands that parse their own). */
    static Args parse(List<String> words) {
        return parse(words, null);
    }

    /**
     * Parses and checks option names.
     *
     * @param allowed the option names the command knows, or null to accept any
     * @throws IllegalArgumentException for an unknown option, with the one most likely meant
     */
    static Args parse(List<String> words, Set<String> allowed) {
        Map<String, String> options = new HashMap<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                String name = word.substring(2);
                int eq = name.indexOf('=');
                String value;
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (SWITCHES.contains(name) || i + 1 == words.size()) {
                    value = "true";
                } else {
                    value = words.get(++i);
                }
                if (allowed != null && !allowed.contains(name)) {
                    String meant = Closest.to(name, allowed).map(m -> " (did you mean --" + m + "?)").orElse("");
                    throw new IllegalArgumentException("unknown option --" + name + meant);
                }
                options.put(name, value);
                repeated.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                positional.add(word);
            }
        }
        return new Args(Map.copyOf(options), Map.copyOf(repeated), List.copyOf(positional));
    }

    /** Every value given for an option, in order; empty when it was not given. */
    List<String> all(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    int intOption(String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + value + "'");
        }
    }
}
