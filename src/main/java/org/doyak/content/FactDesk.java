package org.doyak.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage.Choice;
import org.doyak.dialog.Placeholders;

/**
 * Answers a plain question about a named program, center or event in one reply, from the content
 * files, with the wording staff keep in the {@value #TEMPLATES} collection ({@code dialogs/content/answers.yaml}).
 * Arguments: {@code facet} (a comma-separated list of {@code what, eligibility, apply, hours, weekend,
 * phone, address, website, when, cost, documents}; empty: the previous answer's facet, else {@code what}),
 * and the subject as {@link FactSubjects} reads it. A field the content leaves empty is never guessed:
 * the reply says so and names who can answer. Sets {@code topic_kind}, {@code topic_ids} and
 * {@code topic_facet} so a follow-up ("거기 주소는?") is answered against the same subject.
 * Never asks for, or reads, anything personal.
 */
final class FactDesk implements Action {
    static final String TEMPLATES = "fact_answers";
    private final Items items;
    private final FactSubjects subjects;

    FactDesk(Items items) {
        this.items = items;
        this.subjects = new FactSubjects(items);
    }

    @Override
    public Set<String> slots() {
        return Set.of("topic_kind", "topic_ids", "topic_facet");
    }

    @Override
    public Result run(Context context) {
        String lang = context.lang();
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        items.of(TEMPLATES).forEach(t -> byId.put(t.getOrDefault("id", ""), t));
        FactSubjects.Found found = subjects.resolve(context.args(), context.slots());
        if (found.found().isEmpty()) {
            String name = found.unknown();
            String text = name.isEmpty() ? line(byId, "note.contact_unknown", "text", "", lang)
                    : line(byId, "note.unknown_subject", "text", name, lang);
            return new Result(Map.of(), List.of(new Reply(text, List.of())));
        }
        List<String> facets = found.facet().isEmpty() ? facets(context) : List.of(found.facet());
        LocalDate today = LocalDate.ofInstant(context.now(), UpcomingEvents.KOREA);
        List<String> parts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Map<String, String> item : found.found()) {
            ids.add(item.getOrDefault("id", ""));
            Map<String, String> fields = FactFields.of(items, found.kind(), item, lang);
            List<String> lines = new ArrayList<>();
            for (String facet : facets) {
                Map<String, String> t = byId.get(found.kind() + "." + facet);
                if (t != null) {
                    lines.add(answer(t, fields, contact(byId, found.kind(), fields, lang), lang));
                }
            }
            FactFields.past(found.kind(), item, today)
                    .ifPresent(d -> lines.add(line(byId, "note.past", "text", d, lang)));
            String date = fields.getOrDefault("source_date", "");
            if (!date.isEmpty()) {
                lines.add(line(byId, "note.source", "text", date, lang));
            }
            parts.add(String.join("\n", lines));
        }
        Map<String, String> topic = Map.of("topic_kind", found.kind(), "topic_ids", String.join(",", ids),
                "topic_facet", String.join(",", facets));
        return new Result(topic, List.of(new Reply(String.join("\n\n", parts), offers(found.kind(), lang))));
    }

    private List<String> facets(Context context) {
        String asked = context.args().getOrDefault("facet", "").strip();
        if (asked.isEmpty()) {
            asked = context.slots().getOrDefault("topic_facet", "");
        }
        List<String> facets = Arrays.stream(asked.split(",")).map(String::strip).filter(f -> !f.isEmpty())
                .distinct().toList();
        return facets.isEmpty() ? List.of("what") : facets;
    }

    private static String answer(Map<String, String> t, Map<String, String> fields, String contact, String lang) {
        String field = t.getOrDefault("field", "");
        String value = field.isEmpty() ? "" : fields.getOrDefault(field, "");
        String template = Items.text(t, value.isEmpty() ? "missing" : "text", lang);
        Map<String, String> values = new LinkedHashMap<>(fields);
        values.put("value", value);
        values.put("contact", contact);
        return Placeholders.fill(template, values, lang).strip();
    }

    /** Who can answer: the item's contact (in the kind's own words where given), else the kind's own line. */
    private static String contact(Map<String, Map<String, String>> byId, String kind, Map<String, String> fields,
            String lang) {
        String who = fields.getOrDefault("contact", "");
        if (!who.isEmpty()) {
            String kinds = "note.contact_center." + kind;
            return line(byId, byId.containsKey(kinds) ? kinds : "note.contact_center", "text", who, lang);
        }
        String own = "note.contact_unknown." + kind;
        return line(byId, byId.containsKey(own) ? own : "note.contact_unknown", "text", "", lang);
    }

    private static String line(Map<String, Map<String, String>> byId, String id, String field, String value,
            String lang) {
        return Optional.ofNullable(byId.get(id)).map(t -> Items.text(t, field, lang)).orElse(value)
                .replace("{value}", value);
    }

    private List<Choice> offers(String kind, String lang) {
        return items.of(TEMPLATES).stream()
                .filter(t -> t.getOrDefault("id", "").startsWith("offer.") && kind.equals(t.get("kind")))
                .map(t -> new Choice(Items.text(t, "title", lang), t.getOrDefault("payload", ""))).toList();
    }
}
