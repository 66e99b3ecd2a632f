package org.doyak.dialog.load;

import static org.doyak.dialog.load.TestDialogs.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What flows name must exist: slots, fields, payloads, intents, status values; reported where written. */
class MeaningChecksTest {
    @TempDir
    Path tmp;
    TestDialogs dialogs;

    @BeforeEach
    void folder() throws IOException {
        dialogs = new TestDialogs(tmp);
    }

    private List<String> flow(String... lines) throws IOException {
        return dialogs.write("flows/test.yaml", "id: x\ntitle: {ko: 가, en: a}\n" + String.join("\n", lines) + "\n")
                .problems("en");
    }

    @Test
    void a_placeholder_typo_is_reported_with_the_slot_meant() throws IOException {
        assertProblem(flow("steps:", "  - ask: {ko: 지역, en: Region}", "    slot: region",
                "  - say: {ko: \"지역 {regoin}\", en: \"region {region}\"}"),
                "dialogs/flows/test.yaml:6:15: unknown slot {regoin} — did you mean region?");
    }

    @Test
    void slots_set_by_actions_ask_and_set_are_known() throws IOException {
        assertEquals(List.of(), flow("steps:", "  - do: known_action", "  - set: {mine: \"{found}\"}",
                "  - say: {ko: \"{found} {mine} {age} {region.en}\", en: \"{found}\"}"));
    }

    @Test
    void a_condition_on_an_unknown_slot_and_a_misspelled_status_are_reported() throws IOException {
        List<String> problems = flow("steps:", "  - branch:", "      - if: regoin is set", "        goto: done",
                "      - if: status == unemploed", "        goto: done", "  - id: done", "    end: true");
        assertProblem(problems, "dialogs/flows/test.yaml:5:13: the condition uses unknown slot 'regoin' — did you "
                + "mean region? (no flow asks for or sets it)");
        assertProblem(problems, "dialogs/flows/test.yaml:7:13: unknown status value 'unemploed' — did you mean "
                + "unemployed? (allowed: unemployed, employed, student, career_break, employer)");
    }

    @Test
    void a_button_outside_a_question_must_start_a_flow_or_switch_language() throws IOException {
        List<String> problems = flow("triggers: {payloads: [booking]}", "steps:", "  - say: {ko: 가, en: a}",
                "    buttons:", "      - {title: {ko: 예약, en: Book}, payload: bokking}",
                "      - {title: {ko: 영어, en: English}, payload: \"lang:en\"}",
                "      - {title: {ko: 예약, en: Book}, payload: booking}");
        assertEquals(List.of("dialogs/flows/test.yaml:7:46: this button leads nowhere: no flow's triggers.payloads has "
                + "the payload 'bokking' — did you mean booking?"), problems);
    }

    @Test
    void a_misspelled_intent_in_triggers_is_reported() throws IOException {
        dialogs.write("intents/find_center.yaml", "intents:\n  - name: find_center\n    examples: [센터]\n");
        assertProblem(flow("triggers: {intents: [find_centre]}", "steps:", "  - end: true"),
                "dialogs/flows/test.yaml:3:22: no such intent in intents/ 'find_centre' — did you mean find_center?");
    }

    @Test
    void a_list_item_text_names_fields_of_its_collection() throws IOException {
        dialogs.write("content/centers.yaml",
                "collection: centers\nitems:\n  - id: a\n    name: 가\n    phone: \"1\"\n");
        assertProblem(flow("steps:", "  - list: centers", "    item: {ko: \"{name} {phnoe}\", en: \"{name}\"}",
                "    empty: {ko: 없음, en: none}"),
                "dialogs/flows/test.yaml:5:16: unknown field of centers {phnoe} — did you mean phone?");
    }

    @Test
    void an_answer_button_for_the_status_slot_must_be_a_known_status() throws IOException {
        assertProblem(flow("steps:", "  - ask: {ko: 상태, en: Status}", "    slot: status", "    buttons:",
                "      - {title: {ko: 구직, en: Looking}, payload: unemploed}"), "dialogs/flows/test.yaml:7:49: "
                + "unknown status value 'unemploed' — did you mean unemployed? (allowed: unemployed, employed, "
                + "student, career_break, employer)");
    }

    @Test
    void a_text_longer_than_a_telegram_message_is_a_warning() throws IOException {
        flow("steps:", "  - say: {ko: " + "가".repeat(4100) + ", en: a}");
        assertEquals(List.of("dialogs/flows/test.yaml:4:15: warning: the text is 4100 characters; Telegram splits "
                + "messages over 4096"), dialogs.load().warnings("en"));
    }
}
