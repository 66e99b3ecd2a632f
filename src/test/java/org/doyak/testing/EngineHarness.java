package org.doyak.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.doyak.Actions;
import org.doyak.conversation.Action;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.Engine;
import org.doyak.conversation.Inbound;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.nlu.NoClassifier;
import org.doyak.nlu.Understander;
import org.doyak.privacy.Erasure;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiConversationStore;
import org.doyak.storage.Stores;

/** The engine with a real SQLite store in a temporary folder, without HTTP. Close it after use. */
public final class EngineHarness implements AutoCloseable {
    private final Database database;
    private final JdbiConversationStore store;
    private final Engine engine;

    private EngineHarness(Database database, Dialogs dialogs, Understander understander,
            Map<String, Action> actions, Clock clock) {
        this.database = database;
        this.store = new JdbiConversationStore(database, lang -> dialogs.message(SystemText.NOT_KEPT).in(lang));
        this.engine = new Engine(() -> dialogs, understander, actions, store, store, clock);
    }

    /** Loads {@code dialogs} (failing on any problem) with the given actions and understander. */
    public static EngineHarness start(Path dir, Path dialogs, Map<String, Action> actions, Understander understander,
            Clock clock) {
        DialogLoader.Result loaded = DialogLoader.load(dialogs, slotsOf(actions));
        if (!loaded.ok()) {
            throw new IllegalStateException(String.join("\n", loaded.problems()));
        }
        return new EngineHarness(Database.open("jdbc:sqlite:" + dir.resolve("engine.db")), loaded.dialogs(),
                understander, actions, clock);
    }

    /**
     * Loads {@code dialogs} with actions built on the harness's own stores and dialogs (as the service
     * builds them, e.g. {@link #serviceActions}).
     */
    public static EngineHarness start(Path dir, Path dialogs,
            BiFunction<Stores, Supplier<Dialogs>, Map<String, Action>> actions, Understander understander,
            Clock clock) {
        Database database = Database.open("jdbc:sqlite:" + dir.resolve("engine.db"));
        AtomicReference<Dialogs> current = new AtomicReference<>();
        Map<String, Action> built = actions.apply(Stores.on(database,
                lang -> current.get().message(SystemText.NOT_KEPT).in(lang)), current::get);
        DialogLoader.Result loaded = DialogLoader.load(dialogs, slotsOf(built));
        if (!loaded.ok()) {
            database.close();
            throw new IllegalStateException(String.join("\n", loaded.problems()));
        }
        current.set(loaded.dialogs());
        return new EngineHarness(database, loaded.dialogs(), understander, built, clock);
    }

    /** The service's own actions on these stores, as {@code App} wires them. */
    public static Map<String, Action> serviceActions(Stores stores, Supplier<Dialogs> dialogs) {
        return Actions.create(dialogs, stores.appointments(), new Erasure(stores.erasureSteps()), stores.records(),
                stores.handoffs());
    }

    private static Map<String, Set<String>> slotsOf(Map<String, Action> actions) {
        Map<String, Set<String>> out = new HashMap<>();
        actions.forEach((name, action) -> out.put(name, action.slots()));
        return out;
    }

    /** Loads {@code dialogs} with no actions, no classifier and the system clock. */
    public static EngineHarness start(Path dir, Path dialogs) {
        return start(dir, dialogs, Map.of(), new NoClassifier(), Clock.systemUTC());
    }

    /** Opens a web conversation. */
    public String open(String lang) {
        return engine.open("web", null, lang, "").id();
    }

    /** Sends a text. */
    public List<ChatMessage> say(String id, String text) {
        return engine.handle(id, Inbound.text(text));
    }

    /** Presses a button. */
    public List<ChatMessage> press(String id, String payload) {
        return engine.handle(id, Inbound.payload(payload));
    }

    /** The stored state. */
    public Conversation state(String id) {
        return store.find(id).orElseThrow();
    }

    /** The stored messages. */
    public List<ChatMessage> history(String id) {
        return store.history(id);
    }

    /** The database (for direct checks). */
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
