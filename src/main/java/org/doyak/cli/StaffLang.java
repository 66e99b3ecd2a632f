package org.doyak.cli;

import java.util.Map;

/** The language commands speak to staff in: Korean,
        or English with {@code --lang en} or {@code DOYAK_STAFF_LANG=en}. */
final class StaffLang {
    private StaffLang() {
    }

    /** {@code en} or {@code ko}, from the {@code --lang} option, else the environment. */
    static String of(Args args) {
        return of(args.options(), System.getenv());
    }

    static String of(Map<String, String> options, Map<String, String> env) {
        String lang = options.getOrDefault("lang", env.getOrDefault("DOYAK_STAFF_LANG", "ko"));
        return "en".equalsIgnoreCase(lang.strip()) ? "en" : "ko";
    }

    /** The Korean or the English text. */
    static String say(String lang, String korean, String english) {
        return "en".equals(lang) ? english : korean;
    }
}
