package org.doyak.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;
import org.doyak.dialog.SystemText;

/**
 * Matches the {@code programs} collection against the seeker's slots (see {@link ProgramRules}).
 * Without arguments it lists what fits, one line each with its reasons, then what does not fit and why.
 * With the argument {@code program} (an id, a name or an alias, as typed) it explains that one program:
 * why it fits (with what to confirm, how to apply and the date of its source, {@code source_date}) or
 * why not. Sets {@code matched_programs} (and the thread, {@code topic_*}) to the ids that fit, comma-separated,
 * so a follow-up ("그거 어떻게 신청해?") is about them. Texts come from
 * {@code messages.yaml}.
 */
final class ProgramMatch implements Action {
    private final Items items;

    ProgramMatch(Items items) {
        this.items = items;
    }

    @Override
    public Set<String> slots() {
        return Set.of("matched_programs", "topic_kind", "topic_ids", "topic_facet");
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        List<Map<String, String>> programs = items.of("programs");
        List<Choice> buttons = List.of(items.button(SystemText.BUTTON_BOOK, lang, "booking"),
                items.button(SystemText.BUTTON_FIND_CENTER, lang, "centers"),
                items.button(SystemText.BUTTON_CHANGE_ANSWERS, lang, "programs_restart"),
                items.button(SystemText.BUTTON_MAIN_MENU, lang, "menu"));
        String asked = context.args().getOrDefault("program", "").strip();
        if (!asked.isEmpty()) {
            return new Result(Map.of(), List.of(new Reply(one(programs, asked, context.slots(), lang), buttons)));
        }
        List<String> fitting = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> notFitting = new ArrayList<>();
        for (Map<String, String> p : programs) {
            ProgramRules judged = ProgramRules.judge(p, context.slots(), lang, items);
            if (judged.misses().isEmpty()) {
                ids.add(p.getOrDefault("id", ""));
                fitting.add("• " + Items.text(p, "name", lang)
                        + (judged.fits().isEmpty() ? "" : "\n  ✓ " + String.join(", ", judged.fits())));
            } else {
                notFitting.add(Items.text(p, "name", lang) + " — " + judged.misses().get(0));
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(fitting.isEmpty() ? items.say(SystemText.PROGRAMS_NONE_FIT, lang)
                : items.say(SystemText.PROGRAMS_FIT, lang, Map.of("list", String.join("\n", fitting))));
        if (!notFitting.isEmpty()) {
            parts.add(items.say(SystemText.PROGRAMS_NOT_FIT, lang, Map.of("list", String.join("; ", notFitting))));
        }
        parts.add(items.say(SystemText.PROGRAMS_FOOTER, lang));
        Map<String, String> set = new HashMap<>(Map.of("matched_programs", String.join(",", ids)));
        if (!ids.isEmpty()) {
            set.putAll(Map.of("topic_kind", "program", "topic_ids", String.join(",", ids), "topic_facet", ""));
        }
        return new Result(set,
                List.of(new Reply(String.join("\n\n", parts), buttons)));
    }

    private String one(List<Map<String, String>> programs, String asked, Map<String, String> slots, String lang) {
        Optional<Map<String, String>> found = find(programs, asked);
        if (found.isEmpty()) {
            String known = String.join(", ", programs.stream().map(p -> Items.text(p, "name", lang)).toList());
            return items.say(SystemText.PROGRAM_UNKNOWN, lang, Map.of("asked", "'" + asked + "'", "known", known));
        }
        Map<String, String> p = found.get();
        ProgramRules judged = ProgramRules.judge(p, slots, lang, items);
        if (judged.misses().isEmpty()) {
            return items.say(SystemText.PROGRAM_MAY_FIT, lang, Map.of("details", describe(p, judged, lang)));
        }
        return items.say(SystemText.PROGRAM_DOES_NOT_FIT, lang, Map.of("program", Items.text(p, "name", lang),
                "reasons", String.join(", ", judged.misses())));
    }

    /**
     * A program by id, name or alias: an exact match first, else the one whose name is the longest part of
     * the typed text (so "기업 도약보장 패키지" is not taken for "도약보장 패키지"), else one whose name contains
     * the text (4 or more characters).
     */
    static Optional<Map<String, String>> find(List<Map<String, String>> programs, String asked) {
        String wanted = Items.normalize(asked);
        Map<String, String> best = null;
        int bestScore = 0;
        for (Map<String, String> p : programs) {
            List<String> names = new ArrayList<>(Items.list(p, "aliases"));
            names.add(p.getOrDefault("id", ""));
            names.add(p.getOrDefault("name", ""));
            names.add(p.getOrDefault("name.en", ""));
            for (String name : names) {
                String n = Items.normalize(name);
                int score = n.isEmpty() ? 0 : n.equals(wanted) ? Integer.MAX_VALUE : wanted.contains(n)
                        ? n.length() * 2 : n.contains(wanted) && wanted.length() > 3 ? wanted.length() : 0;
                if (score > bestScore) {
                    best = p;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** One program in full: what it is, why it fits, what to confirm, how to apply, its source's date. */
    private String describe(Map<String, String> p, ProgramRules judged, String lang) {
        String check = Items.text(p, "rules.check", lang);
        String apply = Items.text(p, "apply", lang);
        String date = p.getOrDefault("source_date", "").strip();
        return "• " + Items.text(p, "name", lang) + " — " + Items.text(p, "summary", lang)
                + (judged.fits().isEmpty() ? "" : "\n  ✓ " + String.join(", ", judged.fits()))
                + (check.isEmpty() ? "" : "\n  " + items.say(SystemText.PROGRAM_TO_CONFIRM, lang,
                        Map.of("check", check)))
                + (apply.isEmpty() ? "" : "\n  " + items.say(SystemText.PROGRAM_APPLY, lang, Map.of("apply", apply)))
                + "\n  (" + (date.isEmpty() ? items.say(SystemText.SOURCE_UNDATED, lang)
                        : items.say(SystemText.SOURCE_DATED, lang, Map.of("date", date))) + ")";
    }
}
