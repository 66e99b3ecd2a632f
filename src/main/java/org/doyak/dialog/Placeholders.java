package org.doyak.dialog;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in a text. {@code {name|은}} adds the particle in the form the
 * value calls for ({@code 부천은}, {@code 서울는} never); a hedge written right after a placeholder
 * ({@code {name}은(는)}, {@code {name}(이)라는}) is resolved the same way. Unknown names become empty,
 * so seekers never see braces. Stateless and thread-safe.
 */
public final class Placeholders {
    /** A placeholder: the name, and an optional particle after a bar. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\p{L}\\p{N}_.]+)(?:\\|([가-힣()]+))?}");

    private Placeholders() {
    }

    /**
     * Fills placeholders from {@code values}; for English, a {@code name.en} value wins over
     * {@code name}. Particle hedges anywhere in the result are resolved by the word before them.
     */
    public static String fill(String template, Map<String, String> values, String lang) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = "en".equals(lang) && values.containsKey(key + ".en") ? values.get(key + ".en")
                    : values.getOrDefault(key, "");
            String particle = m.group(2) == null || "en".equals(lang) ? "" : Particles.choose(value, m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(value + particle));
        }
        m.appendTail(out);
        return Particles.resolve(out.toString());
    }
}
