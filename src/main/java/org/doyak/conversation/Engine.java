package org.doyak.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.doyak.dialog.CenterSchedule;
import org.doyak.dialog.Dialogs;
import org.doyak.nlu.Understander;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every inbound message takes, whatever the channel: under the conversation's lock, read
 * it, understand, step the flow, store the change (one short durable write), deliver the replies
 * through the {@link Outbound}; then tell the {@link TurnListener}. Understanding and the flow step run
 * outside any database transaction. Thread-safe: turns of one conversation run one after the other (the
 * {@link ConversationLock}), turns of different conversations run in parallel.
 */
public final class Engine {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final Supplier<Dialogs> dialogs;
    private final Understander understander;
    private final Map<String, Action> actions;
    private final Conversations conversations;
    private final UnrecognisedLog unrecognisedLog;
    private final Clock clock;
    private final CounselorHours hours;
    private final TurnListener listener;
    private final TurnEvent.Sink events;
    private final AtomicReference<TriggerIndex> index = new AtomicReference<>();

    /**
     * An engine with a lock for this process, no delivery beyond the replies it returns, counselors
     * always available and no turn listener (tests, tools).
     *
     * @param dialogs the flows in force; called once per turn, so a reload takes effect on the next turn
     * @param understander the language layer
     * @param actions the actions flows may run with {@code do}, by name
     * @param store where conversations live
     * @param unrecognisedLog where messages nothing matched are kept
     * @param clock the time stamped on messages
     */
    public Engine(Supplier<Dialogs> dialogs, Understander understander, Map<String, Action> actions,
            ConversationStore store, UnrecognisedLog unrecognisedLog, Clock clock) {
        this(dialogs, understander, actions, new Conversations(store, new LocalConversationLock(), Outbound.NONE),
                unrecognisedLog, clock, CounselorHours.ALWAYS, TurnListener.NONE, TurnEvent.Sink.NONE);
    }

    /**
     * An engine with counselors' hours and a listener told about every stored turn (handoffs).
     *
     * @param conversations the one writer of conversations (store, lock, outbound)
     * @param hours consulted by handoff steps; crisis handoffs ignore it
     * @param listener called after each turn is stored and delivered (see {@link TurnListener})
     * @param events told what each stored turn did (the dashboard's figures)
     */
    public Engine(Supplier<Dialogs> dialogs, Understander understander, Map<String, Action> actions,
            Conversations conversations, UnrecognisedLog unrecognisedLog, Clock clock, CounselorHours hours,
            TurnListener listener, TurnEvent.Sink events) {
        this.events = events;
        this.hours = hours;
        this.listener = listener;
        this.dialogs = dialogs;
        this.understander = understander;
        this.actions = Map.copyOf(actions);
        this.conversations = conversations;
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
        return open(channel, externalId, lang, tokenHash, "");
    }

    /**
     * Starts a conversation in a center's context (see {@link Conversation#center()}).
     *
     * @param center a {@code centers} id of the dialogs in force, or "" for none
     * @throws Refusal {@link Refusal.Kind#INVALID} for an unknown center (nothing stored)
     */
    public Conversation open(String channel, String externalId, String lang, String tokenHash, String center) {
        Map<String, String> slots = center.isEmpty() ? Map.of() : centerSlots(known(center));
        String id = UUID.randomUUID().toString();
        Conversation conversation = new Conversation(id, channel, externalId == null ? id : externalId, tokenHash,
                "en".equals(lang) ? "en" : "ko", Mode.BOT, Position.IDLE, slots, 0, clock.instant());
        conversations.store().create(conversation);
        return conversation;
    }

    /**
     * Puts an existing conversation in a center's context (a Telegram deep link {@code /start CENTER}).
     *
     * @throws Refusal {@link Refusal.Kind#INVALID} for an unknown center (nothing changed)
     * @throws java.util.NoSuchElementException if the conversation does not exist
     */
    public void placeIn(String conversationId, String center) {
        Map<String, String> given = centerSlots(known(center));
        conversations.apply(conversationId, c -> {
            Map<String, String> slots = new HashMap<>(c.slots());
            slots.remove(CenterSlots.BY_SLOT);
            slots.putAll(given);
            return new ConversationStore.Change(c.withSlots(slots), List.of());
        }, false);
    }

    /** Whether the dialogs in force have a center with this id. */
    public boolean knowsCenter(String center) {
        return CenterSchedule.centerIds(dialogs.get()).contains(center);
    }

    /** The slots of a conversation on {@code center}'s own page (see {@link CenterSlots}). */
    private Map<String, String> centerSlots(String center) {
        return CenterSlots.of(center, CenterSchedule.center(dialogs.get(), center).orElse(Map.of()), "");
    }

    private String known(String center) {
        if (!knowsCenter(center)) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown center '" + center + "' (known: "
                    + String.join(", ", CenterSchedule.centerIds(dialogs.get())) + ")");
        }
        return center;
    }

    /**
     * Runs one turn. The replies are stored and handed to the {@link Outbound} (as a reply) before this
     * returns; so are notices the turn causes through the {@link TurnListener} (e.g. the queue position
     * after "I've asked a counselor"), which come after the replies.
     *
     * @return the bot's replies to this message and those notices, in order (the seeker's own message is
     *     stored, not returned)
     * @throws java.util.NoSuchElementException if the conversation does not exist
     * @throws StaleConversationException if another instance changed the conversation under the turn
     */
    public List<ChatMessage> handle(String conversationId, Inbound inbound) {
        return conversations.answering(conversationId, () -> turn(conversationId, inbound));
    }

    private void turn(String conversationId, Inbound inbound) {
        TriggerIndex triggers = triggers();
        Instant now = clock.instant();
        AtomicReference<Unrecognised> missed = new AtomicReference<>();
        AtomicReference<Turn> done = new AtomicReference<>();
        Conversations.Applied applied = conversations.apply(conversationId, current -> {
            Places.Reconciled placed = Places.reconcile(current, triggers.dialogs());
            Turn turn = new Turn(triggers, actions, understander, hours, placed.conversation(), now);
            ConversationStore.Change run = placed instanceof Places.Vanished gone
                    ? turn.restart(inbound, gone.restart()) : turn.run(inbound);
            ConversationStore.Change result = new ConversationStore.Change(
                    Places.stamp(run.conversation(), triggers.dialogs()), run.messages());
            missed.set(turn.unrecognised());
            done.set(turn);
            return result;
        }, true);
        if (missed.get() != null) {
            try {
                unrecognisedLog.record(missed.get(), now);
            } catch (RuntimeException e) {
                LOG.warn("could not record an unrecognised message: {}", e.toString());
            }
        }
        try {
            events.record(done.get().event(applied.change().conversation()));
        } catch (RuntimeException e) {
            LOG.warn("could not record a turn event for {}: {}", conversationId, e.toString());
        }
        try {
            listener.turnStored(applied.before(), applied.change());
        } catch (RuntimeException e) {
            LOG.warn("turn listener failed for {}: {}", conversationId, e.toString());
        }
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
