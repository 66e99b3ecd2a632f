package org.doyak.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Command-line arguments: {@code --name value} options, {@code --flag} switches and positional
 * words, in any order.
 *
 * @param options options and switches (a switch maps to "true")
 * @param positional the other words, in order
 */
record Args(Map<String, String> options, List<String> positional) {
    private static final List<String> SWITCHES = List.of("password-stdin");

    static Args parse(List<String> words) {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--")) {
                String name = word.substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) {
                    options.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (SWITCHES.contains(name) || i + 1 == words.size()) {
                    options.put(name, "true");
                } else {
                    options.put(name, words.get(++i));
                }
            } else {
                positional.add(word);
            }
        }
        return new Args(Map.copyOf(options), List.copyOf(positional));
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
