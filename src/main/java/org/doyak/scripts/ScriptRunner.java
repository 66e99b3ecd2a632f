package org.doyak.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.doyak.Actions;
import org.doyak.ContentNames;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Engine;
import org.doyak.conversation.Inbound;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.nlu.opennlp.NluModule;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiConversationStore;

/**
 * Runs the conversation tests of {@code DIR/tests/} against the flows of {@code DIR} with the real
 * classifier and actions, on a fresh SQLite file in a temporary folder; each test is a new
 * conversation. Used by {@code doyak.jar test} and by {@code mvn verify}. Not thread-safe.
 */
public final class ScriptRunner {
    private ScriptRunner() {
    }

    /**
     * Runs every test.
     *
     * @param dialogs the dialogs folder (its {@code tests/} holds the tests)
     * @param models the trained models; a model for other intent data is retrained first
     * @param lang the staff's language for reports ({@code en} or Korean)
     * @return one outcome per test (unknown keys in a file make one failed outcome for that file), or the
     *     dialogs' problems as failures when the dialogs do not load
     */
    public static List<Outcome> run(Path dialogs, Path models, String lang) {
        DialogLoader.Result loaded = DialogLoader.load(dialogs, Actions.slots());
        String shown = dialogs.getFileName() == null ? dialogs.toString() : dialogs.getFileName().toString();
        if (!loaded.ok()) {
            return List.of(new Outcome(shown, 1, "dialogs", Optional.of(String.join("\n", loaded.problems(lang)))));
        }
        try {
            ScriptReader.Read read = ScriptReader.folder(dialogs.resolve("tests"), shown + "/tests");
            List<Outcome> out = new ArrayList<>();
            for (String problem : read.problems().lines(lang)) {
                out.add(new Outcome(problem.split(":")[0], Integer.parseInt(problem.split(":")[1]), "", Optional.of(
                        problem)));
            }
            Path work = Files.createTempDirectory("doyak-test");
            try (Database db = Database.open("jdbc:sqlite:" + work.resolve("test.db"));
                    NluModule nlu = NluModule.start(dialogs, models, ContentNames.of(loaded.dialogs()),
                            Clock.systemUTC())) {
                Dialogs d = loaded.dialogs();
                JdbiConversationStore store = new JdbiConversationStore(db);
                Engine engine = new Engine(() -> d, nlu, Actions.create(db, () -> d), store, store, Clock.systemUTC());
                for (Script script : read.scripts()) {
                    out.add(new Outcome(script.file(), script.line(), script.name(), run(engine, store, script, lang)));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> run(Engine engine, JdbiConversationStore store, Script script, String lang) {
        String id = engine.open("web", null, script.lang(), "").id();
        for (Script.Step step : script.steps()) {
            List<ChatMessage> replies = step.say() != null ? engine.handle(id, Inbound.text(step.say()))
                    : engine.handle(id, Inbound.payload(step.press() == null ? "" : step.press()));
            Optional<String> wrong = StepCheck.check(step, replies, store.find(id).orElseThrow(), lang);
            if (wrong.isPresent()) {
                String sent = step.say() != null ? "say: " + step.say() : "press: " + step.press();
                String text = replies.stream().map(ChatMessage::text).collect(Collectors.joining("\n"));
                return Optional.of(script.file() + ":" + script.line() + ": " + script.name() + "\n  "
                        + (lang.equals("en") ? "step at line " : "단계 (") + step.line() + (lang.equals("en") ? ": "
                        : "번째 줄): ") + sent + "\n  " + wrong.get() + "\n  " + (lang.equals("en") ? "actual reply:"
                        : "실제 답:") + "\n    " + text.replace("\n", "\n    "));
            }
        }
        return Optional.empty();
    }
}
