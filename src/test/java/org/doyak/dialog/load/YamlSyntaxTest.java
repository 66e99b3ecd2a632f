package org.doyak.dialog.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML mistakes explained in plain words on the line of the mistake, in Korean and English. */
class YamlSyntaxTest {
    @TempDir
    Path tmp;
    TestDialogs dialogs;

    @BeforeEach
    void folder() throws IOException {
        dialogs = new TestDialogs(tmp);
    }

    private List<String> flow(String lang, String... lines) throws IOException {
        return dialogs.write("flows/test.yaml", String.join("\n", lines) + "\n").problems(lang);
    }

    @Test
    void a_colon_inside_an_unquoted_text_says_to_quote_it_in_korean() throws IOException {
        assertEquals(List.of("dialogs/flows/test.yaml:4:15: 텍스트 안에 ': '가 있어요. 텍스트 전체를 따옴표로 감싸세요, "
                + "예: \"운영 시간: 09:00\"."), flow("ko", "id: x", "title: {ko: 가, en: a}", "steps:",
                "  - say: 운영 시간: 09:00"));
    }

    @Test
    void a_bracket_left_open_before_a_block_list_is_reported_where_it_was_opened() throws IOException {
        assertEquals(List.of("dialogs/flows/test.yaml:3:8: 여기서 연 괄호('[' 또는 '{')가 닫히지 않았어요. 같은 줄에서 "
                + "']' 또는 '}'로 닫거나, 아래 줄에 항목을 쓰려면 괄호를 지우세요."), flow("ko", "id: x",
                "title: {ko: 가, en: a}", "steps: [", "  - say: {ko: 가, en: a}"));
    }

    @Test
    void a_badly_indented_line_is_reported_on_that_line() throws IOException {
        assertEquals(List.of("dialogs/flows/test.yaml:5:4: the indentation is off: items at the same level must start "
                + "in the same column as the ones above."), flow("en", "id: x", "title: {ko: 가, en: a}", "steps:",
                "  - say: {ko: 가, en: a}", "   buttons: []"));
    }

    @Test
    void a_tab_and_an_unclosed_quote_are_named() throws IOException {
        assertEquals(List.of("dialogs/flows/test.yaml:3:1: a tab is used for indentation: indent with spaces."),
                flow("en", "id: x", "steps:", "\t- end: true"));
        assertEquals(List.of("dialogs/flows/test.yaml:2:8: the quote opened here is not closed: end the text with the "
                + "same quote."), flow("en", "id: x", "title: \"가", "steps:", "  - end: true"));
    }

    @Test
    void an_unquoted_comma_in_a_button_title_says_to_quote_the_text() throws IOException {
        assertEquals(List.of("dialogs/flows/test.yaml:5:41: the text was cut at a comma and 'graduated' read as a new "
                + "key: put a text with a comma in quotes: en: \"Yes, graduated\""), flow("en", "id: x",
                "title: {ko: 가, en: a}", "steps:", "  - say: {ko: 가, en: a}",
                "    buttons: [{title: {ko: 졸업, en: Yes, graduated}, payload: \"lang:en\"}]"));
    }
}
