package org.doyak;

import io.javalin.config.RoutesConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.doyak.admin.AdminPage;
import org.doyak.admin.DashboardRoutes;
import org.doyak.admin.DialogsRefusedException;
import org.doyak.admin.DialogsWatcher;
import org.doyak.admin.PublishRoutes;
import org.doyak.admin.Publisher;
import org.doyak.channel.telegram.TelegramChannel;
import org.doyak.channel.web.WebLimits;
import org.doyak.channel.web.WebPush;
import org.doyak.channel.web.WebRoutes;
import org.doyak.channel.web.WidgetTextRoute;
import org.doyak.content.AppointmentReminders;
import org.doyak.conversation.Action;
import org.doyak.conversation.Conversations;
import org.doyak.conversation.Engine;
import org.doyak.conversation.Handover;
import org.doyak.conversation.Notices;
import org.doyak.conversation.Outbound;
import org.doyak.conversation.TurnListener;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.SystemText;
import org.doyak.handoff.BusinessHours;
import org.doyak.handoff.ConsoleSessions;
import org.doyak.handoff.HandoffAlerts;
import org.doyak.handoff.HandoffEvents;
import org.doyak.handoff.HandoffModule;
import org.doyak.handoff.console.BookingRoutes;
import org.doyak.handoff.console.CenterRoutes;
import org.doyak.handoff.console.DueTodayRoutes;
import org.doyak.handoff.console.ConsoleAuth;
import org.doyak.handoff.console.ConsoleRoutes;
import org.doyak.handoff.console.ConsoleSocket;
import org.doyak.handoff.console.LiveRoutes;
import org.doyak.handoff.console.SearchRoutes;
import org.doyak.handoff.console.TeamRoutes;
import org.doyak.http.Health;
import org.doyak.http.SecurityHeaders;
import org.doyak.http.HttpServer;
import org.doyak.metrics.Metrics;
import org.doyak.http.NluRoutes;
import org.doyak.privacy.Erasure;
import org.doyak.privacy.ErasureStep;
import org.doyak.privacy.Retention;
import org.doyak.scripts.TracedTests;
import org.doyak.storage.Cluster;
import org.doyak.storage.Database;
import org.doyak.storage.JdbiConversationStore;
import org.doyak.storage.JdbiFigures;
import org.doyak.storage.Stores;
import org.doyak.storage.JdbiPublishLog;
import org.doyak.storage.JdbiTurnEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: the one place where adapters are wired to the core. */
public final class App implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** How long the dialog files must stay unchanged before a change is published. */
    private static final Duration PUBLISH_QUIET = Duration.ofMillis(150);
    /** How often due appointment reminders are looked for (a cheap indexed query). */
    private static final Duration REMINDER_CHECK = Duration.ofSeconds(2);

    private final Database database;
    private final HttpServer http;
    private final TelegramChannel telegram;
    private final Retention retention;
    private final Publisher publisher;
    private final DialogsWatcher watcher;
    private final JdbiTurnEvents turnEvents;
    private final Health health;
    private final Metrics metrics;
    private final Cluster cluster;
    private final AppointmentReminders reminders;

    private App(Database database, HttpServer http, TelegramChannel telegram, Retention retention,
            Publisher publisher, DialogsWatcher watcher, JdbiTurnEvents turnEvents, Health health, Metrics metrics,
            Cluster cluster, AppointmentReminders reminders) {
        this.cluster = cluster;
        this.reminders = reminders;
        this.turnEvents = turnEvents;
        this.health = health;
        this.metrics = metrics;
        this.database = database;
        this.http = http;
        this.telegram = telegram;
        this.retention = retention;
        this.publisher = publisher;
        this.watcher = watcher;
    }

    /**
     * Loads and checks the dialogs (logging each of {@code validate}'s warnings once), opens and migrates the
     * database, and starts serving.
     *
     * @throws DialogsRefusedException when the dialogs have problems and there is no last good copy (nothing
     *     is started)
     */
    public static App start(AppConfig config) {
        return start(config, Clock.systemUTC());
    }

    /**
     * Starts with a given clock (tests fix the time to check counselors' hours).
     *
     * @throws DialogsRefusedException when the dialogs have problems and there is no last good copy (nothing
     *     is started)
     * @throws IllegalArgumentException on malformed counselor hours (nothing is started)
     */
    public static App start(AppConfig config, Clock clock) {
        Database database = Database.open(config.dbUrl(), config.dbPassword());
        Metrics metrics = new Metrics();
        TelegramChannel telegram = null;
        Publisher publisher = null;
        DialogsWatcher watcher = null;
        JdbiTurnEvents turnEvents = null;
        Cluster cluster = null;
        try {
            AtomicReference<Publisher> published = new AtomicReference<>();
            Stores stores = Stores.on(database,
                    lang -> published.get().dialogs().message(SystemText.NOT_KEPT).in(lang));
            JdbiPublishLog publishes = stores.publishes();
            publisher = Publisher.start(config.dialogs(), config.lastGoodDialogs(),
                    new DialogCandidates(config.models(), clock),
                    List.of(new TracedTests(config.lastGoodDialogs(), clock)),
                    publishes, clock, config.testsAtStart());
            Publisher live = publisher;
            published.set(live);
            Supplier<Dialogs> dialogs = live::dialogs;
            watcher = DialogsWatcher.start(config.dialogs(), PUBLISH_QUIET, () -> live.publish("files").join());
            JdbiConversationStore store = stores.conversations();
            cluster = Cluster.on(database);
            WebPush push = new WebPush(cluster.fanout());
            ConsoleSessions sessions = new ConsoleSessions(stores.staff(), clock);
            ConsoleSocket consoleSocket = new ConsoleSocket(sessions, cluster.fanout());
            AtomicReference<TelegramChannel> telegramRef = new AtomicReference<>();
            Outbound toTelegram = (c, messages, reply) -> {
                if (telegramRef.get() != null) {
                    telegramRef.get().deliver(c, messages, reply);
                }
            };
            Conversations conversations = new Conversations(store, cluster.lock(),
                    Outbound.byChannel(Map.of(WebRoutes.CHANNEL, push, "telegram", toTelegram)));
            BusinessHours hours = BusinessHours.of(config.counselorHours(), dialogs);
            turnEvents = new JdbiTurnEvents(database);
            List<ErasureStep> steps = new ArrayList<>(List.of(turnEvents));
            steps.addAll(stores.erasureSteps());
            Erasure erasure = new Erasure(steps);
            WebLimits webLimits = new WebLimits(config.security().rateLimits(), config.security().behindProxy(), clock);
            Map<String, Action> actions = Actions.create(dialogs, stores.appointments(), erasure, stores.records(),
                    stores.handoffs(), webLimits, stores.staff()::teams);
            Handover handover = new Handover(dialogs, actions, hours, conversations, clock);
            HandoffModule handoff = new HandoffModule(stores.handoffs(), stores.staff(), store, handover, clock,
                    HandoffEvents.all(handoffEvents(config, consoleSocket, telegramRef)), hours, dialogs);
            metrics.queue(handoff.handoffs()::waiting);
            TurnListener counted = metrics.turns(clock);
            TurnListener handoffs = handoff.listener();
            Engine engine = new Engine(dialogs, metrics.understanding(live), actions, conversations, store, clock,
                    hours, (before, change) -> {
                        counted.turnStored(before, change);
                        handoffs.turnStored(before, change);
                    }, turnEvents);
            ConsoleAuth auth = new ConsoleAuth(handoff.staff(), sessions, config.security().behindProxy());
            ConsoleRoutes console = new ConsoleRoutes(handoff.desk(), handoff.handoffs(), handoff.staff(),
                    dialogs);
            LiveRoutes signals = new LiveRoutes(handoff.desk(), handoff.handoffs(), consoleSocket,
                    (c, type, at) -> push.signal(c.id(), type, at), clock);
            WebRoutes web = new WebRoutes(engine, store, push, signals::seekerTyping,
                    config.security().embedOrigins(), webLimits, stores.records());
            List<Consumer<RoutesConfig>> routes = new ArrayList<>(List.of(web::register,
                    new WidgetTextRoute(dialogs)::register, auth::register,
                    console::register, consoleSocket::register, new NluRoutes(live)::register,
                    new PublishRoutes(live, publishes)::register, new AdminPage()::register,
                    new DashboardRoutes(new JdbiFigures(database), live, config.dialogs(), clock)::register,
                    signals::register,
                    new SearchRoutes(handoff.search(), console::row, clock)::register,
                    new TeamRoutes(handoff.team(), consoleSocket)::register, metrics::register,
                    new CenterRoutes(dialogs, hours, handoff.team(), clock)::register,
                    new DueTodayRoutes(handoff.handoffs(), dialogs, console::row, clock)::register));
            LOG.info("Counselor hours: {} (Asia/Seoul)", hours);
            if (config.telegramToken().isPresent()) {
                telegram = TelegramChannel.start(config, engine, store, stores.telegram(), dialogs,
                        cluster.leadership(), clock);
                telegramRef.set(telegram);
                routes.add(telegram::register);
            } else {
                LOG.info("No DOYAK_TELEGRAM_TOKEN set: serving the web widget only");
            }
            routes.add(new BookingRoutes(stores.appointments(), clock)::register);
            Retention retention = new Retention(store, erasure, clock,
                    Duration.ofDays(config.retentionDays())).start();
            AppointmentReminders reminders = new AppointmentReminders(stores.reminders(), dialogs,
                    new Notices(conversations), clock).start(REMINDER_CHECK);
            Health health = new Health(database::probe, database::unresolvedFailure);
            routes.add(health::register);
            routes.add(SecurityHeaders::register);
            HttpServer http = HttpServer.start(config.port(), routes);
            LOG.info("Doyak listening on http://localhost:{}/ with {} flows, database {}", http.port(),
                    live.dialogs().flows().size(), Database.redacted(config.dbUrl()));
            return new App(database, http, telegram, retention, live, watcher, turnEvents, health, metrics,
                    cluster, reminders);
        } catch (RuntimeException e) {
            if (telegram != null) {
                telegram.close();
            }
            if (watcher != null) {
                watcher.close();
            }
            if (turnEvents != null) {
                turnEvents.close();
            }
            if (publisher != null) {
                publisher.close();
            }
            if (cluster != null) {
                cluster.close();
            }
            metrics.close();
            database.close();
            throw e;
        }
    }

    /** The console socket, and the counselors' Telegram group when one is configured. */
    private static List<HandoffEvents> handoffEvents(AppConfig config, ConsoleSocket consoleSocket,
            AtomicReference<TelegramChannel> telegram) {
        List<HandoffEvents> events = new ArrayList<>(List.of(consoleSocket));
        config.counselorTelegramChat().ifPresent(chat -> {
            if (config.telegramToken().isEmpty()) {
                LOG.warn("DOYAK_COUNSELOR_TELEGRAM_CHAT is set but DOYAK_TELEGRAM_TOKEN is not: no handoff alerts");
                return;
            }
            LOG.info("New handoffs are announced to Telegram chat {}", chat);
            events.add(new HandoffAlerts(text -> telegram.get().announce(chat, text)));
        });
        return events;
    }

    /** The HTTP port. */
    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        health.close();
        http.close();
        metrics.close();
        retention.close();
        reminders.close();
        watcher.close();
        publisher.close();
        turnEvents.close();
        if (telegram != null) {
            telegram.close();
        }
        cluster.close();
        database.close();
    }
}
