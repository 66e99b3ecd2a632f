package org.doyak.dialog.load;

import static org.doyak.dialog.load.Field.Kind.DATE;
import static org.doyak.dialog.load.Field.Kind.DATES;
import static org.doyak.dialog.load.Field.Kind.HOURS;
import static org.doyak.dialog.load.Field.Kind.LIST;
import static org.doyak.dialog.load.Field.Kind.MONTH;
import static org.doyak.dialog.load.Field.Kind.NUMBER;
import static org.doyak.dialog.load.Field.Kind.TEXT;
import static org.doyak.dialog.load.Field.Kind.TIMES;
import static org.doyak.dialog.load.Field.Kind.VALUE;
import static org.doyak.dialog.load.Field.Kind.WEEKDAY;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the items of each content collection may hold: the one place to add a field (one line). Every
 * item also has an {@code id} and may have {@code aliases} (other names seekers use for it). Collections
 * not listed here are read without field checks.
 */
public final class ContentSchema {
    /** The employment statuses flows and program rules use (slot {@code status}). */
    public static final List<String> STATUSES = List.of("unemployed", "employed", "student", "career_break",
            "employer");

    private static final Field ALIASES = Field.of("aliases", LIST);
    private static final Map<String, List<Field>> COLLECTIONS = Map.ofEntries(
            Map.entry("programs", List.of(Field.of("name", TEXT),
                    Field.of("summary", TEXT), Field.of("apply", TEXT), Field.of("source_date", DATE),
                    Field.of("source", VALUE), Field.of("rules.age_min", NUMBER), Field.of("rules.age_max", NUMBER),
                    Field.listOf("rules.status", STATUSES.toArray(String[]::new)),
                    Field.oneOf("rules.benefit", "required", "preferred"), Field.of("rules.region", LIST),
                    Field.of("rules.check", TEXT))),
            Map.entry("centers", List.of(Field.of("name", TEXT), Field.of("region", TEXT), Field.of("city", TEXT),
                    Field.of("near", LIST), Field.of("offers", TEXT), Field.of("address", TEXT),
                    Field.of("phone", VALUE), Field.of("website", VALUE), Field.of("hours", TEXT),
                    Field.of("ask", TEXT),
                    Field.of("booking.times", TIMES), Field.of("schedule.hours", HOURS),
                    Field.of("schedule.closed", DATES), Field.of("schedule.counselors", NUMBER))),
            Map.entry("schedules", List.of(Field.of("hours", HOURS), Field.of("closed", DATES),
                    Field.of("counselors", NUMBER))),
            Map.entry("events", List.of(Field.of("name", TEXT), Field.of("host", TEXT), Field.of("region", LIST),
                    Field.of("date", DATE), Field.of("month", MONTH), Field.of("weekday", WEEKDAY),
                    Field.oneOf("repeat", "weekly", "monthly", "yearly", "standing"), Field.of("when", TEXT),
                    Field.of("from", DATE), Field.of("until", DATE), Field.of("details", TEXT),
                    Field.of("source_date", DATE))),
            Map.entry("regions", List.of(Field.of("name", TEXT), Field.of("includes", LIST))),
            Map.entry("holidays", List.of(Field.of("date", DATE), Field.of("name", TEXT))),
            Map.entry("canned_replies", List.of(Field.of("text", TEXT))),
            Map.entry("my_data", List.of(Field.of("label", TEXT))),
            Map.entry("crisis_phrases", List.of(Field.of("phrases", LIST))),
            Map.entry("short_answers", List.of(Field.of("words", LIST))),
            Map.entry("feelings", List.of(Field.of("words", LIST), Field.of("ack", TEXT), Field.of("offers", LIST))),
            Map.entry("interview_questions", List.of(Field.of("question", TEXT), Field.of("looks_for", TEXT))),
            Map.entry("majors", List.of(Field.of("field", TEXT), Field.of("jobs", TEXT), Field.of("note", TEXT))),
            Map.entry("resume_tips", List.of(Field.of("topic", VALUE), Field.of("tip", TEXT))),
            Map.entry("riasec", List.of(Field.of("name", TEXT), Field.of("plain", TEXT), Field.of("families", TEXT),
                    Field.of("jobs", TEXT), Field.of("industries", TEXT))));

    private ContentSchema() {
    }

    /** The fields of a collection (without {@code id}), or empty for a collection without a schema. */
    public static Optional<List<Field>> fields(String collection) {
        return Optional.ofNullable(COLLECTIONS.get(collection))
                .map(f -> Stream.concat(Stream.of(ALIASES), f.stream()).toList());
    }

    /** Every field name a collection's items may hold, {@code id} included; empty without a schema. */
    public static Optional<List<String>> names(String collection) {
        return fields(collection).map(f -> Stream.concat(Stream.of("id"), f.stream().map(Field::name)).toList());
    }
}
