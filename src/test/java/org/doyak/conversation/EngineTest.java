package org.doyak.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.doyak.nlu.NoClassifier;
import org.doyak.testing.EngineHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
    private static final Path DIALOGS = Path.of("src/test/resources/engine-dialogs");
    private static final Action SHOUT = ctx -> new Action.Result(
            Map.of("shouted", ctx.args().get("what").toUpperCase(Locale.ROOT)),
            List.of(new Action.Reply("!" + ctx.args().get("what"), List.of())));

    @TempDir
    Path tmp;
    EngineHarness engine;
    String id;

    @BeforeEach
    void start() {
        engine = EngineHarness.start(tmp, DIALOGS, Map.of("shout", SHOUT), new NoClassifier(), Clock.systemUTC());
        id = engine.open("en");
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    private static String text(List<ChatMessage> replies) {
        return replies.stream().map(ChatMessage::text).collect(Collectors.joining("|"));
    }

    @Test
    void a_number_question_retries_then_branches_calls_returns_and_runs_an_action() {
        assertEquals("How old are you?", text(engine.press(id, "profile")));
        assertEquals("Please give a number|How old are you?", text(engine.say(id, "twelve?")));
        assertTrue(engine.state(id).position().awaiting());
        assertEquals("hello youth|Code?", text(engine.say(id, "I am 25")));
        assertEquals("25", engine.state(id).slots().get("age"));
        assertEquals(1, engine.state(id).position().stack().size(), "inside a called flow");
        assertEquals("I couldn't use that answer. Please try once more.|Code?", text(engine.say(id, "xx")));
        assertEquals("!youth|group youth", text(engine.say(id, "AB12")));
        Conversation done = engine.state(id);
        assertEquals("YOUTH", done.slots().get("shouted"));
        assertEquals("AB12", done.slots().get("code"));
        assertEquals(Position.IDLE, done.position());
    }

    @Test
    void the_else_branch_and_placeholders_in_set() {
        engine.press(id, "profile");
        assertEquals("hello adult 40|Code?", text(engine.say(id, "40")));
    }

    @Test
    void a_number_out_of_range_counts_as_wrong_and_the_retry_limit_goes_to_fail() {
        engine.press(id, "profile");
        engine.say(id, "7");
        List<ChatMessage> replies = engine.say(id, "150");
        assertTrue(text(replies).endsWith("gave up"), text(replies));
        assertEquals(Position.IDLE, engine.state(id).position());
    }

    @Test
    void switching_language_repeats_the_waiting_question_in_the_new_language() {
        engine.press(id, "profile");
        assertEquals("이제 한국어로 안내할게요.|나이는요?", text(engine.press(id, "lang:ko")));
        assertEquals("ko", engine.state(id).lang());
    }

    @Test
    void a_stale_button_is_explained_and_the_question_asked_again() {
        engine.press(id, "profile");
        assertEquals("That button no longer applies.|How old are you?", text(engine.press(id, "gone")));
    }

    @Test
    void a_command_leaves_a_waiting_question_for_another_flow() {
        engine.press(id, "profile");
        assertEquals("hello |Code?", text(engine.say(id, "/hello")));
        assertEquals("greeting", engine.state(id).position().flow());
    }

    @Test
    void a_keyword_alone_leaves_a_free_text_question_but_other_text_answers_it() {
        engine.say(id, "/hello");
        assertEquals("How old are you?", text(engine.say(id, "프로필")));
        assertEquals("profile", engine.state(id).position().flow());
    }

    @Test
    void a_flow_that_loops_forever_is_stopped_with_an_apology() {
        List<ChatMessage> replies = engine.press(id, "loop");
        assertEquals("system", replies.get(0).kind());
        assertTrue(replies.get(0).text().startsWith("Sorry, something went wrong"));
        assertEquals(Position.IDLE, engine.state(id).position());
    }

    @Test
    void every_message_is_stored_with_the_seekers_own_first() {
        engine.press(id, "profile");
        engine.say(id, "30");
        List<ChatMessage> history = engine.history(id);
        assertEquals(List.of("user", "bot", "user", "bot", "bot"),
                history.stream().map(ChatMessage::from).toList());
        assertEquals("button", history.get(0).kind());
        assertEquals("Profile", history.get(0).text());
    }

    @Test
    void an_unclear_message_is_recorded_for_staff() {
        engine.say(id, "what is the meaning of life");
        int count = engine.database().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM unrecognised WHERE body = 'what is the meaning of life'")
                        .mapTo(Integer.class).one());
        assertEquals(1, count);
        assertEquals(1, engine.state(id).misunderstandings());
    }
}
