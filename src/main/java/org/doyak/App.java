package org.doyak;

import java.time.Clock;
import java.util.List;
import org.doyak.channel.web.WebPush;
import org.doyak.channel.web.WebRoutes;
import org.doyak.conversation.Engine;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.load.DialogLoader;
import org.doyak.http.HttpServer;
import org.doyak.nlu.NoClassifier;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiConversationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: the one place where adapters are wired to the core. */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Database database;
    private final HttpServer http;

    private App(Database database, HttpServer http) {
        this.database = database;
        this.http = http;
    }

    /**
     * Loads and checks the dialogs, opens and migrates the database, and starts serving.
     *
     * @throws InvalidDialogsException when the dialogs have problems (nothing is started)
     */
    public static App start(AppConfig config) {
        DialogLoader.Result loaded = DialogLoader.load(config.dialogs(), Actions.names());
        if (!loaded.ok()) {
            throw new InvalidDialogsException(loaded.problems());
        }
        Dialogs dialogs = loaded.dialogs();
        Database database = Database.open(config.dbUrl());
        try {
            JdbiConversationStore store = new JdbiConversationStore(database);
            Engine engine = new Engine(() -> dialogs, new NoClassifier(), Actions.create(database, () -> dialogs),
                    store, store, Clock.systemUTC());
            WebRoutes web = new WebRoutes(engine, store, new WebPush());
            HttpServer http = HttpServer.start(config.port(), List.of(web::register));
            if (config.telegramToken().isEmpty()) {
                LOG.info("No DOYAK_TELEGRAM_TOKEN set: serving the web widget only");
            }
            LOG.info("Doyak listening on http://localhost:{}/ with {} flows, database {}", http.port(),
                    dialogs.flows().size(), config.dbUrl());
            return new App(database, http);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The HTTP port. */
    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.close();
        database.close();
    }
}
