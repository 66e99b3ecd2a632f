package org.doyak.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doyak.dialog.SystemText;

/**
 * The fields a fact answer may show for one content item, in one language: the item's own localised
 * fields, plus {@code who} (a program's statuses, regions and what to confirm, never an age band the
 * source does not give), {@code schedule} (an event's date, month, weekday or {@code when}),
 * {@code contact} (who can answer what the content does not) and {@code source_date} (the source's own
 * date: {@code source_date}, or an event's {@code checked}; never a date of editing).
 */
final class FactFields {
    private FactFields() {
    }

    static Map<String, String> of(Items items, String kind, Map<String, String> item, String lang) {
        Map<String, String> out = new HashMap<>();
        item.keySet().stream().filter(k -> !k.endsWith(".en"))
                .forEach(k -> out.put(k, Items.text(item, k, lang)));
        out.put("source_date", item.getOrDefault("source_date",
                "event".equals(kind) ? item.getOrDefault("checked", "") : "").strip());
        if ("program".equals(kind)) {
            out.put("who", who(items, item, lang));
            out.put("areas", areas(item, lang));
            out.put("contact", Items.text(item, "apply", lang));
        } else if ("center".equals(kind)) {
            String phone = Items.text(item, "phone", lang);
            String web = Items.text(item, "website", lang);
            String other = web.isEmpty() ? Items.text(item, "ask", lang) : web;
            out.put("contact", phone.isEmpty() ? other
                    : items.say(SystemText.FACT_PHONE, lang, Map.of("phone", phone)));
        } else {
            out.put("schedule", schedule(items, item, lang));
            out.put("contact", Items.text(item, "host", lang));
        }
        return out;
    }

    /** The day a dated event took place, when it is over. */
    static Optional<String> past(String kind, Map<String, String> item, LocalDate today) {
        String date = item.getOrDefault("date", "").strip();
        if (!"event".equals(kind) || date.isEmpty()) {
            return Optional.empty();
        }
        try {
            return LocalDate.parse(date).isBefore(today) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Where a program runs, as its rules name it ("" when the source names no area). */
    private static String areas(Map<String, String> program, String lang) {
        List<String> regions = Items.list(program, "rules.region");
        if (regions.isEmpty()) {
            return "";
        }
        return "en".equals(lang) ? regions.stream().filter(r -> r.chars().allMatch(c -> c < 0x80)).findFirst()
                .orElse(regions.get(0)) : regions.get(0);
    }

    private static String who(Items items, Map<String, String> program, String lang) {
        List<String> parts = new ArrayList<>();
        List<String> statuses = Items.list(program, "rules.status");
        if (!statuses.isEmpty()) {
            parts.add(String.join(", ", statuses.stream().map(s -> Statuses.label(items, s, lang)).toList()));
        }
        String shown = areas(program, lang);
        if (!shown.isEmpty()) {
            parts.add(items.say(SystemText.FACT_REGION, lang, Map.of("region", shown)));
        }
        if ("required".equals(program.get("rules.benefit"))) {
            parts.add(items.say(SystemText.FACT_BENEFIT_REQUIRED, lang));
        } else if ("preferred".equals(program.get("rules.benefit"))) {
            parts.add(items.say(SystemText.FACT_BENEFIT_PREFERRED, lang));
        }
        String check = Items.text(program, "rules.check", lang);
        String joined = String.join(" · ", parts);
        return check.isEmpty() ? joined : joined.isEmpty() ? check : joined + ". " + check;
    }

    private static String schedule(Items items, Map<String, String> e, String lang) {
        if (!e.getOrDefault("date", "").isBlank()) {
            return e.get("date").strip();
        }
        if (!e.getOrDefault("month", "").isBlank()) {
            return items.say(SystemText.EVENT_MONTH, lang, Map.of("month", e.get("month").strip()));
        }
        if (!e.getOrDefault("weekday", "").isBlank()) {
            String weekday = "en".equals(lang) ? Weekdays.en(e.get("weekday")) : Weekdays.ko(e.get("weekday"));
            return items.say(SystemText.FACT_WEEKLY, lang, Map.of("weekday", weekday));
        }
        return Items.text(e, "when", lang);
    }
}
