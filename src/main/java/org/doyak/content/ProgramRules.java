package org.doyak.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.doyak.dialog.SystemText;

/**
 * The eligibility rules of one item of the {@code programs} collection, judged against a seeker's
 * slots {@code age}, {@code status}, {@code benefit} and {@code region}. Rule fields (all optional,
 * under {@code rules.}): {@code age_min}, {@code age_max}, {@code status} (list), {@code benefit}
 * ({@code required} or {@code preferred}), {@code region} (list of areas; the seeker's place matches
 * when it lies within one, by the region groups), {@code check} (what a center must confirm). A rule
 * whose slot the seeker has not given is skipped; no rule claims more than the content states (a
 * program without a region rule is not called nationwide).
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

    /** Judges one program for one seeker, with reasons in {@code lang} from the texts {@code items} reads. */
    static ProgramRules judge(Map<String, String> program, Map<String, String> slots, String lang, Items items) {
        List<String> fits = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        OptionalInt age = number(slots.get("age"));
        OptionalInt min = number(program.get("rules.age_min"));
        OptionalInt max = number(program.get("rules.age_max"));
        if (age.isPresent() && (min.isPresent() || max.isPresent())) {
            boolean ok = (min.isEmpty() || age.getAsInt() >= min.getAsInt())
                    && (max.isEmpty() || age.getAsInt() <= max.getAsInt());
            SystemText band = min.isPresent() && max.isPresent() ? SystemText.PROGRAM_BAND_BETWEEN
                    : min.isPresent() ? SystemText.PROGRAM_BAND_FROM : SystemText.PROGRAM_BAND_TO;
            String limits = items.say(band, lang, Map.of("min", String.valueOf(min.orElse(0)),
                    "max", String.valueOf(max.orElse(0))));
            (ok ? fits : misses).add(items.say(SystemText.PROGRAM_AGE, lang,
                    Map.of("age", String.valueOf(age.getAsInt()), "band", limits)));
        }
        List<String> statuses = Items.list(program, "rules.status");
        String status = slots.getOrDefault("status", "");
        if (!statuses.isEmpty() && !status.isEmpty()) {
            boolean ok = statuses.contains(status);
            String who = String.join(", ", statuses.stream().map(s -> Statuses.label(items, s, lang)).toList());
            String said = Statuses.label(items, status, lang);
            (ok ? fits : misses).add(ok ? said
                    : items.say(SystemText.PROGRAM_STATUS_MISS, lang, Map.of("status", said, "who", who)));
        }
        String benefit = program.getOrDefault("rules.benefit", "");
        boolean receives = "yes".equals(slots.get("benefit"));
        if ("required".equals(benefit) && slots.containsKey("benefit")) {
            (receives ? fits : misses).add(items.say(receives ? SystemText.PROGRAM_BENEFIT_RECEIVING
                    : SystemText.PROGRAM_BENEFIT_REQUIRED, lang));
        } else if ("preferred".equals(benefit) && receives) {
            fits.add(items.say(SystemText.PROGRAM_BENEFIT_PREFERRED, lang));
        }
        List<String> regions = Items.list(program, "rules.region");
        String region = slots.getOrDefault("region", "");
        if (!regions.isEmpty() && !region.isBlank()) {
            RegionGroups places = items.regions();
            boolean ok = regions.stream().anyMatch(r -> places.within(region, r));
            String area = "en".equals(lang) ? englishRegion(regions) : regions.get(0);
            (ok ? fits : misses).add(items.say(ok ? SystemText.PROGRAM_REGION_FITS : SystemText.PROGRAM_REGION_MISS,
                    lang, Map.of("region", ok ? region : area)));
        }
        return new ProgramRules(fits, misses);
    }

    private static String englishRegion(List<String> regions) {
        return regions.stream().filter(r -> r.chars().allMatch(c -> c < 0x80)).findFirst().orElse(regions.get(0));
    }

    private static OptionalInt number(String value) {
        if (value == null || !value.strip().matches("\\d{1,3}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value.strip()));
    }
}
