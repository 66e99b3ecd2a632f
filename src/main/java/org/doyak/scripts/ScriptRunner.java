package org.doyak.scripts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.doyak.Actions;
import org.doyak.ContentNames;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Engine;
import org.doyak.conversation.Inbound;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.nlu.Understander;
import org.doyak.nlu.opennlp.NluModule;
import org.doyak.privacy.Erasure;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiConversationStore;
import org.doyak.storage.Stores;

/**
 * Runs the conversation tests of {@code DIR/tests/} against the flows of {@code DIR} with the real
 * classifier and actions; each test is a new conversation. Used by {@code doyak.jar test}, by
 * {@code mvn verify} and by every publish (on the candidate, before it goes live).
 *
 * <p>The tests are dealt round-robin to a few shards that run in parallel, each on its own fresh SQLite
 * file in a temporary folder, so tests of one shard run in file order and never share bookings with
 * another shard. Thread-safe: each call has its own databases.
 */
public final class ScriptRunner {
    private static final int SHARDS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /** Fewer tests than this per shard are not worth another database. */
    private static final int PER_SHARD = 8;
    private static Path migrated;

    private ScriptRunner() {
    }

    /**
     * Loads the folder and its classifier, then runs every test.
     *
     * @param dialogs the dialogs folder (its {@code tests/} holds the tests)
     * @param models the trained models; a model for other intent data is retrained first
     * @param lang the staff's language for reports ({@code en} or Korean)
     * @param clock the time the conversations run at
     * @return one outcome per test (unknown keys in a file make one failed outcome for that file), or the
     *     dialogs' problems as failures when the dialogs do not load; tests shown as {@code DIR/tests/FILE}
     */
    public static List<Outcome> run(Path dialogs, Path models, String lang, Clock clock) {
        DialogLoader.Result loaded = DialogLoader.load(dialogs, Actions.slots());
        String shown = dialogs.getFileName() == null ? dialogs.toString() : dialogs.getFileName().toString();
        if (!loaded.ok()) {
            return List.of(new Outcome(shown, 1, "dialogs", Optional.of(String.join("\n", loaded.problems(lang)))));
        }
        try (NluModule nlu = NluModule.start(dialogs, models, ContentNames.of(loaded.dialogs()), clock)) {
            return run(dialogs, shown + "/tests", loaded.dialogs(), nlu, lang, clock);
        }
    }

    /**
     * Runs every test against already loaded dialogs and understander (a publish candidate).
     *
     * @param dialogsDir the folder whose {@code tests/} holds the tests
     * @param shownAs how the tests folder is named in reports, e.g. {@code tests}
     * @param dialogs the flows and content to test
     * @param understander the language layer to test with
     * @param lang the staff's language for reports
     * @param clock the time the conversations run at
     * @return one outcome per test; a test file with unknown keys gives one failed outcome
     * @throws UncheckedIOException when the tests cannot be read or a temporary database not created
     */
    public static List<Outcome> run(Path dialogsDir, String shownAs, Dialogs dialogs, Understander understander,
            String lang, Clock clock) {
        return run(dialogsDir, shownAs, dialogs, understander, lang, clock, key -> true);
    }

    /**
     * Runs the tests whose key ({@code SHOWN_AS/FILE:LINE: name}, see {@link Outcome#key()}) {@code selected}
     * accepts, as {@link #run(Path, String, Dialogs, Understander, String, Clock)} runs them all; problems in
     * test files are always reported.
     *
     * @return one outcome per selected test, with what its conversation showed
     */
    public static List<Outcome> run(Path dialogsDir, String shownAs, Dialogs dialogs, Understander understander,
            String lang, Clock clock, Predicate<String> selected) {
        try {
            ScriptReader.Read read = ScriptReader.folder(dialogsDir.resolve("tests"), shownAs);
            List<Outcome> out = new ArrayList<>();
            for (String problem : read.problems().lines(lang)) {
                String[] at = problem.split(":");
                out.add(new Outcome(at[0], Integer.parseInt(at[1]), "", Optional.of(problem)));
            }
            List<Script> scripts = read.scripts().stream()
                    .filter(s -> selected.test(new Outcome(s.file(), s.line(), s.name(), Optional.empty()).key()))
                    .toList();
            int shards = Math.min(SHARDS, Math.max(1, (scripts.size() + PER_SHARD - 1) / PER_SHARD));
            Path work = Files.createTempDirectory("doyak-test");
            ExecutorService pool = Executors.newFixedThreadPool(shards, r -> {
                Thread t = new Thread(r, "conversation-tests");
                t.setDaemon(true);
                return t;
            });
            try {
                List<CompletableFuture<List<Outcome>>> runs = IntStream.range(0, shards)
                        .mapToObj(s -> CompletableFuture.supplyAsync(() -> shard(work.resolve("shard" + s + ".db"),
                                everyNth(scripts, s, shards), dialogs, understander, lang, clock), pool))
                        .toList();
                List<List<Outcome>> results = runs.stream().map(CompletableFuture::join).toList();
                for (int i = 0; i < scripts.size(); i++) {
                    out.add(results.get(i % shards).get(i / shards));
                }
            } finally {
                pool.shutdownNow();
                deleteQuietly(work);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an empty, migrated database to {@code db}: a copy of one migrated once per process, so a run
     * opens its shards without running every migration on each.
     */
    private static synchronized Path copyOfMigrated(Path db) {
        try {
            if (migrated == null || !Files.isRegularFile(migrated)) {
                Path dir = Files.createTempDirectory("doyak-test-template");
                Path file = dir.resolve("template.db");
                Database.open("jdbc:sqlite:" + file).close();
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                migrated = file;
            }
            return Files.copy(migrated, db);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Script> everyNth(List<Script> scripts, int first, int step) {
        List<Script> out = new ArrayList<>();
        for (int i = first; i < scripts.size(); i += step) {
            out.add(scripts.get(i));
        }
        return out;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the system cleans its temp folder
        }
    }

    private static List<Outcome> shard(Path db, List<Script> scripts, Dialogs dialogs, Understander understander,
            String lang, Clock clock) {
        try (Database database = Database.open("jdbc:sqlite:" + copyOfMigrated(db))) {
            Stores stores = Stores.on(database, seekerLang -> dialogs.message(SystemText.NOT_KEPT).in(seekerLang));
            JdbiConversationStore store = stores.conversations();
            Engine engine = new Engine(() -> dialogs, understander, Actions.create(() -> dialogs, stores.appointments(),
                    new Erasure(stores.erasureSteps()), stores.records(), stores.handoffs()), store, store, clock);
            List<Outcome> out = new ArrayList<>();
            for (Script s : scripts) {
                List<String> seen = new ArrayList<>();
                Optional<String> failure = run(engine, store, s, lang, seen);
                out.add(new Outcome(s.file(), s.line(), s.name(), failure, seen));
            }
            return out;
        }
    }

    private static Optional<String> run(Engine engine, JdbiConversationStore store, Script script, String lang,
            List<String> seen) {
        String id = engine.open("web", null, script.lang(), "", script.center()).id();
        for (Script.Step step : script.steps()) {
            List<ChatMessage> replies = step.say() != null ? engine.handle(id, Inbound.text(step.say()))
                    : engine.handle(id, Inbound.payload(step.press() == null ? "" : step.press()));
            for (ChatMessage m : replies) {
                seen.add(m.text());
                m.buttons().forEach(b -> seen.add(b.title()));
            }
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
