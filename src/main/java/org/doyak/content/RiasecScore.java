package org.doyak.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;
import org.doyak.dialog.SystemText;

/**
 * Scores the interest questionnaire. Answers are the slots {@code riasec_X1}, {@code riasec_X2}, ...
 * (X one of R, I, A, S, E, C) holding {@code high} (2 points), {@code mid} (1) or {@code low} (0); a
 * missing or other answer counts 0. The two
 * highest types (ties in R-I-A-S-E-C order) are described from the {@code riasec} collection: plain
 * words, job families, example jobs and the region's industries that fit. Sets {@code riasec_top}
 * (e.g. {@code S,E}); with no positive answer it says so and suggests a counselor instead.
 */
final class RiasecScore implements Action {
    static final String TYPES = "RIASEC";
    private final Items items;

    RiasecScore(Items items) {
        this.items = items;
    }

    @Override
    public Set<String> slots() {
        return Set.of("riasec_top");
    }

    @Override
    public Result run(Context context) {
        Map<Character, Integer> scores = new LinkedHashMap<>();
        for (char type : TYPES.toCharArray()) {
            scores.put(type, 0);
        }
        context.slots().forEach((slot, value) -> {
            int points = "high".equals(value) ? 2 : "mid".equals(value) ? 1 : 0;
            if (slot.startsWith("riasec_") && slot.length() > 7) {
                char type = Character.toUpperCase(slot.charAt(7));
                scores.computeIfPresent(type, (t, sum) -> sum + points);
            }
        });
        List<Character> top = scores.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Character, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(2).map(Map.Entry::getKey).toList();
        String lang = context.lang();
        List<Choice> next = List.of(items.button(SystemText.BUTTON_RELATED_TRAINING, lang, "training"),
                items.button(SystemText.BUTTON_MATCHING_PROGRAMS, lang, "programs"),
                items.button(SystemText.BUTTON_BOOK, lang, "booking"),
                items.button(SystemText.BUTTON_MAIN_MENU, lang, "menu"));
        if (top.isEmpty()) {
            return new Result(Map.of("riasec_top", ""), List.of(new Reply(items.say(SystemText.RIASEC_NONE, lang),
                    next)));
        }
        List<String> types = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (char type : top) {
            codes.add(String.valueOf(type));
            items.of("riasec").stream().filter(i -> i.getOrDefault("id", "").equalsIgnoreCase(String.valueOf(type)))
                    .findFirst().ifPresent(i -> types.add(describe(i, lang)));
        }
        return new Result(Map.of("riasec_top", String.join(",", codes)), List.of(new Reply(items.say(
                SystemText.RIASEC_RESULT, lang, Map.of("types", String.join("\n\n", types))), next)));
    }

    private String describe(Map<String, String> item, String lang) {
        String industries = Items.text(item, "industries", lang);
        return items.say(SystemText.RIASEC_TYPE, lang, Map.of("name", Items.text(item, "name", lang),
                "plain", Items.text(item, "plain", lang), "families", Items.text(item, "families", lang),
                "jobs", Items.text(item, "jobs", lang)))
                + (industries.isEmpty() ? "" : "\n  " + items.say(SystemText.RIASEC_INDUSTRIES, lang,
                        Map.of("industries", industries)));
    }
}
