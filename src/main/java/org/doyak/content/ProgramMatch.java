package org.doyak.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;
import org.doyak.dialog.Particles;

/**
 * Matches the {@code programs} collection against the seeker's slots (see {@link ProgramRules}). Without
 * arguments it lists what fits, each with its reasons, what a center must still confirm and the date
 * the rules were checked, then names what does not fit and why. With the argument {@code program} (an
 * id, a name or an alias, as typed) it explains that one program: why it fits or why not. Sets
 * {@code matched_programs} to the ids that fit, comma-separated.
 */
final class ProgramMatch implements Action {
    private final Items items;

    ProgramMatch(Items items) {
        this.items = items;
    }

    @Override
    public Set<String> slots() {
        return Set.of("matched_programs");
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        List<Map<String, String>> programs = items.of("programs");
        List<Choice> buttons = List.of(
                new Choice(Items.say(lang, "상담 예약", "Book counseling"), "booking"),
                new Choice(Items.say(lang, "센터 찾기", "Find a center"), "centers"),
                new Choice(Items.say(lang, "조건 다시 입력", "Change my answers"), "programs_restart"),
                new Choice(Items.say(lang, "처음 메뉴", "Main menu"), "menu"));
        String asked = context.args().getOrDefault("program", "").strip();
        if (!asked.isEmpty()) {
            return new Result(Map.of(), List.of(new Reply(one(programs, asked, context.slots(), lang), buttons)));
        }
        List<String> fitting = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> notFitting = new ArrayList<>();
        for (Map<String, String> p : programs) {
            ProgramRules judged = ProgramRules.judge(p, context.slots(), lang);
            if (judged.misses().isEmpty()) {
                ids.add(p.getOrDefault("id", ""));
                fitting.add("• " + Items.text(p, "name", lang) + "\n  ✓ " + String.join(", ", judged.fits()));
            } else {
                notFitting.add(Items.text(p, "name", lang) + " (" + judged.misses().get(0) + ")");
            }
        }
        StringBuilder text = new StringBuilder();
        if (fitting.isEmpty()) {
            text.append(Items.say(lang, "알려 주신 조건에 딱 맞는 프로그램을 자료에서 찾지 못했어요. 가까운 센터에 문의하면 "
                    + "다른 지원을 안내받을 수 있어요.", "I found no program in my information that fits what you told me. "
                    + "A nearby center can tell you about other support."));
        } else {
            text.append(Items.say(lang, "조건에 맞을 만한 프로그램이에요:\n", "Programs that may fit you:\n"))
                    .append(String.join("\n", fitting));
        }
        if (!notFitting.isEmpty()) {
            text.append(Items.say(lang, "\n\n조건이 맞지 않는 프로그램: ", "\n\nNot a fit: "))
                    .append(String.join("; ", notFitting));
        }
        text.append(Items.say(lang, "\n\n최종 자격은 센터에서 확인해요. 특정 프로그램이 궁금하면 이름을 입력하세요.",
                "\n\nA center confirms final eligibility. Type a program's name to ask about it."));
        return new Result(Map.of("matched_programs", String.join(",", ids)),
                List.of(new Reply(text.toString(), buttons)));
    }

    private String one(List<Map<String, String>> programs, String asked, Map<String, String> slots, String lang) {
        Optional<Map<String, String>> found = find(programs, asked);
        if (found.isEmpty()) {
            return Items.say(lang, "'" + asked + "'" + Particles.choose(asked, "이라는")
                    + " 프로그램은 제 자료에 없어요. 제가 아는 프로그램: ",
                    "I have no program called '" + asked + "'. Programs I know: ")
                    + String.join(", ", programs.stream().map(p -> Items.text(p, "name", lang)).toList());
        }
        Map<String, String> p = found.get();
        ProgramRules judged = ProgramRules.judge(p, slots, lang);
        if (judged.misses().isEmpty()) {
            return Items.say(lang, "네, 맞을 가능성이 있어요.\n", "Yes, it may fit you.\n") + describe(p, judged, lang);
        }
        return Items.say(lang, Particles.attach(Items.text(p, "name", lang), "은") + " 조건이 맞지 않아요: ",
                Items.text(p, "name", lang) + " does not fit: ") + String.join(", ", judged.misses())
                + Items.say(lang, ".\n대신 맞는 프로그램을 보려면 '조건 다시 입력'을 누르거나 '지원 프로그램'이라고 입력하세요.",
                ".\nTo see what does fit, press 'Change my answers' or type 'programs'.");
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

    private static String describe(Map<String, String> p, ProgramRules judged, String lang) {
        String check = Items.text(p, "rules.check", lang);
        String apply = Items.text(p, "apply", lang);
        return "• " + Items.text(p, "name", lang) + " — " + Items.text(p, "summary", lang)
                + "\n  ✓ " + String.join(", ", judged.fits())
                + (check.isEmpty() ? "" : Items.say(lang, "\n  확인 필요: ", "\n  To confirm: ") + check)
                + (apply.isEmpty() ? "" : Items.say(lang, "\n  신청: ", "\n  How to apply: ") + apply)
                + Items.say(lang, " (기준 확인일 ", " (rules checked ") + p.getOrDefault("checked", "?") + ")";
    }
}
