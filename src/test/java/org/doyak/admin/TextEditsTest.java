package org.doyak.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEditsTest {
    private static final String FLOW = """
            id: hello
            triggers: {keywords: [안녕]}
            steps:
              - say: {ko: "안녕하세요!", en: "Hello!"}
                buttons:
                  - {title: {ko: 메뉴, en: Menu}, payload: menu}
            """;
    private static final String MESSAGES = """
            messages:
              unclear: {ko: "잘 모르겠어요", en: "Sorry?"}
            """;

    @TempDir
    Path before;
    @TempDir
    Path after;

    @BeforeEach
    void writeBoth() throws IOException {
        for (Path dir : List.of(before, after)) {
            Files.createDirectories(dir.resolve("flows"));
            Files.writeString(dir.resolve("flows/hello.yaml"), FLOW);
            Files.writeString(dir.resolve("messages.yaml"), MESSAGES);
        }
    }

    @Test
    void changed_texts_and_button_titles_are_named_in_the_language_that_changed() throws IOException {
        Files.writeString(after.resolve("flows/hello.yaml"), FLOW.replace("안녕하세요!", "반가워요!")
                .replace("en: Menu", "en: Main menu"));
        Files.writeString(after.resolve("messages.yaml"), MESSAGES.replace("Sorry?", "Pardon?"));
        assertEquals(Optional.of(List.of("안녕하세요!", "Menu", "Sorry?")), TextEdits.between(before, after));
    }

    @Test
    void identical_folders_change_no_text() {
        assertEquals(Optional.of(List.of()), TextEdits.between(before, after));
    }

    @Test
    void a_changed_trigger_payload_or_step_is_more_than_a_text_edit() throws IOException {
        for (String changed : List.of(FLOW.replace("[안녕]", "[안녕, 하이]"), FLOW.replace("payload: menu", "payload: x"),
                FLOW + "  - say: {ko: 또, en: Again}\n")) {
            Files.writeString(after.resolve("flows/hello.yaml"), changed);
            assertEquals(Optional.empty(), TextEdits.between(before, after), changed);
        }
    }

    @Test
    void a_new_file_or_an_edit_outside_flows_and_messages_is_more_than_a_text_edit() throws IOException {
        Files.createDirectories(after.resolve("content"));
        Files.writeString(after.resolve("content/centers.yaml"), "collection: centers\nitems: []\n");
        assertEquals(Optional.empty(), TextEdits.between(before, after));
    }
}
