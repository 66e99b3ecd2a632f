package org.doyak.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;

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
        List<Choice> next = List.of(
                new Choice(Items.say(lang, "관련 직업훈련", "Related training"), "training"),
                new Choice(Items.say(lang, "맞는 지원 프로그램", "Matching programs"), "programs"),
                new Choice(Items.say(lang, "상담 예약", "Book counseling"), "booking"),
                new Choice(Items.say(lang, "처음 메뉴", "Main menu"), "menu"));
        if (top.isEmpty()) {
            return new Result(Map.of("riasec_top", ""), List.of(new Reply(Items.say(lang,
                    "끌리는 활동이 거의 없다고 답하셨어요. 괜찮아요! 직업상담사와 직업심리검사로 함께 찾아보는 걸 추천해요.",
                    "You said few activities appeal to you. That's fine! A counselor and a vocational psychology "
                            + "test can help you find a direction."), next)));
        }
        StringBuilder text = new StringBuilder(Items.say(lang, "결과가 나왔어요! 가장 가까운 흥미 유형은:\n",
                "Here's your result! Your closest interest types are:\n"));
        List<String> codes = new ArrayList<>();
        for (char type : top) {
            codes.add(String.valueOf(type));
            items.of("riasec").stream().filter(i -> i.getOrDefault("id", "").equalsIgnoreCase(String.valueOf(type)))
                    .findFirst().ifPresent(i -> text.append(describe(i, lang)));
        }
        text.append(Items.say(lang, "\n다음으로 해 볼 만한 것: 관련 직업훈련 알아보기, 맞는 지원 프로그램 찾기, 상담사와 진로 상담.",
                "\nWhat next: look at related training, find programs that fit, or talk it through with a counselor."));
        return new Result(Map.of("riasec_top", String.join(",", codes)), List.of(new Reply(text.toString(), next)));
    }

    private static String describe(Map<String, String> item, String lang) {
        String industries = Items.text(item, "industries", lang);
        return "\n• " + Items.text(item, "name", lang) + " — " + Items.text(item, "plain", lang) + "\n  "
                + Items.say(lang, "직업군: ", "Job families: ") + Items.text(item, "families", lang) + "\n  "
                + Items.say(lang, "예시 직업: ", "Example jobs: ") + Items.text(item, "jobs", lang)
                + (industries.isEmpty() ? "" : "\n  " + Items.say(lang, "지역 산업: ", "Local industries: ") + industries)
                + "\n";
    }
}
