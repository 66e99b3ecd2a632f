package org.doyak.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.doyak.dialog.Dialogs;
import org.doyak.nlu.Understander;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every inbound message takes, whatever the channel: load the conversation,
 * understand, step the flow, save, reply. Thread-safe; turns of one conversation run one after the
 * other (the store guarantees it), turns of different conversations run in parallel.
 */
public final class Engine {
    /** The flow whose question the bot asks when a counselor gives a conversation back. */
    public static final String SATISFACTION_FLOW = "satisfaction";
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Supplier<Dialogs> dialogs;
    private final Understander understander;
    private final Map<String, Action> actions;
    private final ConversationStore store;
    private final UnrecognisedLog unrecognisedLog;
    private final Clock clock;
    private final CounselorHours hours;
    private final TurnListener listener;
    private final TurnEvent.Sink events;
    private final AtomicReference<TriggerIndex> index = new AtomicReference<>();

    /**
     * @param dialogs the flows in force; called once per turn, so a reload takes effect on the next turn
     * @param understander the language layer
     * @param actions the actions flows may run with {@code do}, by name
     * @param store where conversations live
     * @param unrecognisedLog where messages nothing matched are kept
     * @param clock the time stamped on messages
     */
    public Engine(Supplier<Dialogs> dialogs, Understander understander, Map<String, Action> actions,
            ConversationStore store, UnrecognisedLog unrecognisedLog, Clock clock) {
        this(dialogs, understander, actions, store, unrecognisedLog, clock, CounselorHours.ALWAYS, TurnListener.NONE,
                TurnEvent.Sink.NONE);
    }

    /**
     * An engine with counselors' hours and a listener told about every stored turn (handoffs).
     *
     * @param hours consulted by handoff steps; crisis handoffs ignore it
     * @param listener called after each turn is stored (see {@link TurnListener})
     * @param events told what each stored turn did (the dashboard's figures)
     */
    public Engine(Supplier<Dialogs> dialogs, Understander understander, Map<String, Action> actions,
            ConversationStore store, UnrecognisedLog unrecognisedLog, Clock clock, CounselorHours hours,
            TurnListener listener, TurnEvent.Sink events) {
        this.events = events;
        this.hours = hours;
        this.listener = listener;
        this.dialogs = dialogs;
        this.understander = understander;
        this.actions = Map.copyOf(actions);
        this.store = store;
        this.unrecognisedLog = unrecognisedLog;
        this.clock = clock;
    }

    /**
     * Starts a conversation in the bot mode with no flow running.
     *
     * @param channel {@code web} or {@code telegram}
     * @param externalId the channel's own id, or null to use the new conversation id
     * @param lang {@code ko} or {@code en}; anything else becomes {@code ko}
     * @param tokenHash hash of the seeker's secret, or empty
     */
    public Conversation open(String channel, String externalId, String lang, String tokenHash) {
        String id = UUID.randomUUID().toString();
        Conversation conversation = new Conversation(id, channel, externalId == null ? id : externalId, tokenHash,
                "en".equals(lang) ? "en" : "ko", Mode.BOT, Position.IDLE, Map.of(), 0, clock.instant());
        store.create(conversation);
        return conversation;
    }

    /**
     * Runs one turn.
     *
     * @return the bot's replies to this message, in order (the seeker's own message is stored, not returned)
     * @throws java.util.NoSuchElementException if the conversation does not exist
     */
    public List<ChatMessage> handle(String conversationId, Inbound inbound) {
        TriggerIndex triggers = triggers();
        Instant now = clock.instant();
        AtomicReference<Unrecognised> missed = new AtomicReference<>();
        AtomicReference<Conversation> before = new AtomicReference<>();
        AtomicReference<Turn> done = new AtomicReference<>();
        ConversationStore.Change change = store.turn(conversationId, current -> {
            before.set(current);
            Turn turn = new Turn(triggers, actions, understander, hours, current, now);
            ConversationStore.Change result = turn.run(inbound);
            missed.set(turn.unrecognised());
            done.set(turn);
            return result;
        });
        if (missed.get() != null) {
            try {
                unrecognisedLog.record(missed.get(), now);
            } catch (RuntimeException e) {
                LOG.warn("could not record an unrecognised message: {}", e.toString());
            }
        }
        try {
            events.record(done.get().event(change.conversation()));
        } catch (RuntimeException e) {
            LOG.warn("could not record a turn event for {}: {}", conversationId, e.toString());
        }
        try {
            listener.turnStored(before.get(), change);
        } catch (RuntimeException e) {
            LOG.warn("turn listener failed for {}: {}", conversationId, e.toString());
        }
        return Replies.fromBot(change.messages());
    }

    /**
     * Gives a conversation back to the bot after a counselor closed it: the mode becomes BOT, the
     * handoff slots go, the closing notice is stored, and the bot asks the {@value #SATISFACTION_FLOW}
     * flow's question (when that flow exists) and then runs {@code thenFlow} (when given and known).
     * Does nothing to a conversation already with the bot. The turn listener is not called.
     *
     * @return the messages stored, in order, for the caller to deliver to the seeker's channel
     * @throws java.util.NoSuchElementException if the conversation does not exist
     */
    public List<ChatMessage> resume(String conversationId, Optional<String> thenFlow) {
        Dialogs current = dialogs.get();
        Instant now = clock.instant();
        return store.turn(conversationId, c -> {
            if (c.mode() == Mode.BOT) {
                return new ConversationStore.Change(c, List.of());
            }
            Replies replies = new Replies(c.lang(), now);
            FlowRunner runner = new FlowRunner(current, actions, hours, c, replies);
            runner.resume(current.flow(SATISFACTION_FLOW), thenFlow.flatMap(current::flow));
            return new ConversationStore.Change(runner.state(replies.lang(), 0), replies.all());
        }).messages();
    }

    private TriggerIndex triggers() {
        Dialogs current = dialogs.get();
        TriggerIndex cached = index.get();
        if (cached != null && cached.dialogs() == current) {
            return cached;
        }
        TriggerIndex fresh = new TriggerIndex(current);
        index.set(fresh);
        return fresh;
    }
}
