package org.doyak.dialog.load;

import static org.doyak.dialog.load.TestDialogs.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content schema's checks: each mistake is reported where it is written, with a likely fix. */
class ContentChecksTest {
    @TempDir
    Path tmp;
    TestDialogs dialogs;

    @BeforeEach
    void folder() throws IOException {
        dialogs = new TestDialogs(tmp);
    }

    private List<String> program(String rules) throws IOException {
        return dialogs.write("content/programs.yaml", "collection: programs\nitems:\n  - id: p\n"
                + "    name: {ko: 청년, en: Youth}\n    rules:\n" + rules).problems("en");
    }

    @Test
    void a_misspelled_rule_field_is_reported_in_korean_with_the_field_meant() throws IOException {
        program("      age_mx: 29\n");
        assertEquals(List.of("dialogs/content/programs.yaml:6:7: 알 수 없는 항목 'age_mx' (programs rules) — age_max를 "
                + "말씀하신 건가요? (쓸 수 있는 항목: age_max, age_min, benefit, check, region, status)"),
                dialogs.problems("ko"));
    }

    @Test
    void a_misspelled_status_value_is_reported_with_the_value_meant() throws IOException {
        assertProblem(program("      status: [unemployed, unemploed]\n"), "dialogs/content/programs.yaml:6:28: "
                + "'rules.status': unknown value 'unemploed' — did you mean unemployed? (allowed: unemployed, "
                + "employed, student, career_break, employer)");
    }

    @Test
    void an_age_that_is_not_a_number_and_an_upside_down_band_are_reported() throws IOException {
        List<String> problems = program("      age_min: 35\n      age_max: 29\n      benefit: requird\n");
        assertProblem(problems, "dialogs/content/programs.yaml:7:7: age_max (29) is below age_min (35)");
        assertProblem(problems, "dialogs/content/programs.yaml:8:16: 'rules.benefit': unknown value 'requird' — "
                + "did you mean required? (allowed: required, preferred)");
    }

    @Test
    void event_dates_in_other_forms_or_impossible_are_reported_with_the_date_meant() throws IOException {
        List<String> problems = dialogs.write("content/events.yaml", String.join("\n", "collection: events",
                "items:", "  - id: a", "    name: 가", "    date: 2026.12.10", "  - id: b", "    name: 나",
                "    date: 12/15/2026", "  - id: c", "    name: 다", "    date: 2026-13-45", "  - id: d",
                "    name: 라", "    weekday: 금요일", "")).problems("en");
        assertProblem(problems, "dialogs/content/events.yaml:5:11: 'date': a date must be written YYYY-MM-DD, not "
                + "'2026.12.10' — did you mean 2026-12-10?");
        assertProblem(problems, "dialogs/content/events.yaml:8:11: 'date': a date must be written YYYY-MM-DD, not "
                + "'12/15/2026' — did you mean 2026-12-15?");
        assertProblem(problems, "dialogs/content/events.yaml:11:11: 'date': no such date: '2026-13-45' (months run "
                + "01–12, days up to the month's length)");
        assertProblem(problems, "dialogs/content/events.yaml:14:14: 'weekday': a weekday must be one of MONDAY … "
                + "SUNDAY, not '금요일' — did you mean FRIDAY?");
    }

    @Test
    void an_event_that_never_says_when_is_reported() throws IOException {
        assertProblem(dialogs.write("content/events.yaml", "collection: events\nitems:\n  - id: a\n    name: 가\n")
                .problems("en"), "dialogs/content/events.yaml:3:5: the event says not when it is: give one of date, "
                + "month, weekday, repeat (else it is never shown)");
    }

    @Test
    void booking_times_that_are_not_times_or_fall_outside_the_hours_are_reported() throws IOException {
        List<String> problems = dialogs.write("content/centers.yaml", String.join("\n", "collection: centers",
                "items:", "  - id: a", "    name: 가", "    hours: {ko: \"09:00–18:00\", en: \"9am–6pm\"}",
                "    booking:", "      times: [\"10:00\", \"25:00\", \"18:30\"]", "")).problems("en");
        assertProblem(problems, "dialogs/content/centers.yaml:7:24: 'booking.times': not a time of day: '25:00' "
                + "(HH:MM, 00:00–23:59, e.g. \"14:00\")");
        assertProblem(problems, "dialogs/content/centers.yaml:7:33: booking time 18:30 is outside the center's hours "
                + "(09:00–18:00)");
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void a_collection_without_a_schema_is_read_as_it_is() throws IOException {
        assertEquals(List.of(), dialogs.write("content/extra.yaml", "collection: extra\nitems:\n  - id: a\n"
                + "    anything: {ko: 가, en: a}\n").problems("en"));
    }
}
