package org.doyak.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The eligibility rules of one item of the {@code programs} collection, judged against a seeker's
 * slots {@code age}, {@code status}, {@code benefit} and {@code region}. Rule fields (all optional,
 * under {@code rules.}): {@code age_min}, {@code age_max}, {@code status} (list), {@code benefit}
 * ({@code required} or {@code preferred}), {@code region} (list of names; empty means nationwide),
 * {@code check} (what a center must confirm). A rule whose slot the seeker has not given is skipped.
 *
 * @param fits why the program fits, one reason per rule met
 * @param misses why it does not fit; empty when it fits
 */
record ProgramRules(List<String> fits, List<String> misses) {

    /** Creates an immutable judgement. */
    ProgramRules {
        fits = List.copyOf(fits);
        misses = List.copyOf(misses);
    }

    /** Judges one program for one seeker, with reasons in {@code lang}. */
    static ProgramRules judge(Map<String, String> program, Map<String, String> slots, String lang) {
        List<String> fits = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        OptionalInt age = number(slots.get("age"));
        OptionalInt min = number(program.get("rules.age_min"));
        OptionalInt max = number(program.get("rules.age_max"));
        if (age.isPresent() && (min.isPresent() || max.isPresent())) {
            boolean ok = (min.isEmpty() || age.getAsInt() >= min.getAsInt())
                    && (max.isEmpty() || age.getAsInt() <= max.getAsInt());
            (ok ? fits : misses).add(Items.say(lang, "나이 " + age.getAsInt() + "세 (대상 " + band(min, max, "ko") + ")",
                    "age " + age.getAsInt() + " (for " + band(min, max, "en") + ")"));
        }
        List<String> statuses = Items.list(program, "rules.status");
        String status = slots.getOrDefault("status", "");
        if (!statuses.isEmpty() && !status.isEmpty()) {
            boolean ok = statuses.contains(status);
            String who = String.join(", ", statuses.stream().map(s -> Statuses.label(s, lang)).toList());
            (ok ? fits : misses).add(ok ? Statuses.label(status, lang)
                    : Items.say(lang, Statuses.label(status, lang) + " (대상: " + who + ")",
                            Statuses.label(status, lang) + " (it is for: " + who + ")"));
        }
        String benefit = program.getOrDefault("rules.benefit", "");
        boolean receives = "yes".equals(slots.get("benefit"));
        if ("required".equals(benefit) && slots.containsKey("benefit")) {
            (receives ? fits : misses).add(Items.say(lang, receives ? "실업급여 수급 중" : "실업급여 수급자 대상",
                    receives ? "receiving unemployment benefit" : "only for unemployment-benefit recipients"));
        } else if ("preferred".equals(benefit) && receives) {
            fits.add(Items.say(lang, "실업급여 수급자를 우선 지원", "benefit recipients come first"));
        }
        List<String> regions = Items.list(program, "rules.region");
        String region = slots.getOrDefault("region", "");
        if (!regions.isEmpty() && !region.isBlank()) {
            boolean ok = regions.stream().anyMatch(r -> sameRegion(r, region));
            (ok ? fits : misses).add(ok ? Items.say(lang, "지역 " + region, "region " + region)
                    : Items.say(lang, regions.get(0) + " 지역 사업이에요", "it runs in " + englishRegion(regions)));
        } else if (regions.isEmpty()) {
            fits.add(Items.say(lang, "전국 어디서나", "nationwide"));
        }
        return new ProgramRules(fits, misses);
    }

    /** True when one region name contains the other, ignoring spaces and case. */
    static boolean sameRegion(String a, String b) {
        String x = Items.normalize(a);
        String y = Items.normalize(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String englishRegion(List<String> regions) {
        return regions.stream().filter(r -> r.chars().allMatch(c -> c < 0x80)).findFirst().orElse(regions.get(0));
    }

    private static String band(OptionalInt min, OptionalInt max, String lang) {
        if (min.isPresent() && max.isPresent()) {
            return Items.say(lang, min.getAsInt() + "–" + max.getAsInt() + "세", "ages " + min.getAsInt() + "–"
                    + max.getAsInt());
        }
        return min.isPresent() ? Items.say(lang, min.getAsInt() + "세 이상", "ages " + min.getAsInt() + " and over")
                : Items.say(lang, max.getAsInt() + "세 이하", "ages up to " + max.getAsInt());
    }

    private static OptionalInt number(String value) {
        if (value == null || !value.strip().matches("\\d{1,3}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value.strip()));
    }
}
