package org.doyak.conversation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.doyak.dialog.Text;

/** Fills {@code {name}} placeholders. Unknown names become empty, so seekers never see braces. */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\p{L}\\p{N}_.]+)}");

    private Templates() {
    }

    /** A text in {@code lang} with its placeholders filled from {@code values}. */
    static String fill(Text text, Map<String, String> values, String lang) {
        return fill(text.in(lang), values, lang);
    }

    /**
     * Fills placeholders from {@code values}; for English, a {@code name.en} value wins over {@code name}.
     */
    static String fill(String template, Map<String, String> values, String lang) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = "en".equals(lang) && values.containsKey(key + ".en") ? values.get(key + ".en")
                    : values.getOrDefault(key, "");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
