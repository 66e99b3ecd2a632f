package org.doyak.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.SystemText;
import org.doyak.dialog.Text;

/**
 * What happens to a conversation around a counselor, as engine operations: a counselor joins, answers,
 * the seeker hears their place in the queue, the bot takes the conversation back. Like a seeker's turn,
 * each runs under the conversation's lock, is stored durably and reaches the seeker through the
 * {@link Outbound}, so it lands in sequence with the turns. The handoff queue itself (who claimed what)
 * is the handoff feature's; this class only changes the conversation. Thread-safe.
 */
public final class Handover {
    /** The flow whose question the bot asks when a counselor gives a conversation back. */
    public static final String SATISFACTION_FLOW = "satisfaction";

    private final Supplier<Dialogs> dialogs;
    private final Map<String, Action> actions;
    private final CounselorHours hours;
    private final Conversations conversations;
    private final Clock clock;

    /**
     * @param dialogs the flows in force (system texts, the satisfaction flow)
     * @param actions the actions a resumed flow may run
     * @param hours counselors' hours, for flows resumed after a close
     * @param conversations the one writer of conversations
     * @param clock the time stamped on messages
     */
    public Handover(Supplier<Dialogs> dialogs, Map<String, Action> actions, CounselorHours hours,
            Conversations conversations, Clock clock) {
        this.dialogs = dialogs;
        this.actions = Map.copyOf(actions);
        this.hours = hours;
        this.conversations = conversations;
        this.clock = clock;
    }

    /**
     * A counselor takes a waiting conversation: the mode becomes COUNSELOR and the seeker is told.
     *
     * @return the notice stored, or empty when the conversation was no longer waiting (the seeker left
     *     the queue): then nothing changed
     * @throws java.util.NoSuchElementException if the conversation does not exist
     */
    public Optional<ChatMessage> join(String conversationId) {
        List<Outbound.Numbered> stored = conversations.apply(conversationId, c -> c.mode() != Mode.WAITING
                ? new ConversationStore.Change(c, List.of())
                : new ConversationStore.Change(withMode(c, Mode.COUNSELOR),
                        List.of(notice(c.lang(), SystemText.COUNSELOR_JOINED, Map.of()))), false).messages();
        return stored.stream().map(Outbound.Numbered::message).findFirst();
    }

    /**
     * Stores a counselor's message and sends it to the seeker.
     *
     * @throws Refusal {@link Refusal.Kind#CONFLICT} when the conversation is not with a counselor
     * @throws java.util.NoSuchElementException if the conversation does not exist
     */
    public ChatMessage counselorSays(String conversationId, String text) {
        ChatMessage message = new ChatMessage("counselor", "text", text, List.of(), clock.instant());
        conversations.apply(conversationId, c -> {
            if (c.mode() != Mode.COUNSELOR) {
                throw new Refusal(Refusal.Kind.CONFLICT, "the conversation is not with a counselor");
            }
            return new ConversationStore.Change(c, List.of(message));
        }, false);
        return message;
    }

    /**
     * A counselor passed the request to another center's team: the conversation waits again (it may have
     * been with a counselor) and the seeker is told, in their language, whose team has it now.
     *
     * @param centerName the new center's name in both languages
     * @return the notice stored, or empty when the conversation was back with the bot (nothing changed)
     * @throws java.util.NoSuchElementException if the conversation does not exist
     */
    public Optional<ChatMessage> transferred(String conversationId, Text centerName) {
        return conversations.apply(conversationId, c -> {
            if (c.mode() == Mode.BOT) {
                return new ConversationStore.Change(c, List.of());
            }
            ChatMessage told = notice(c.lang(), SystemText.HANDOFF_TRANSFERRED,
                    Map.of("center_name", centerName.in(c.lang())));
            return new ConversationStore.Change(withMode(c, Mode.WAITING), List.of(told));
        }, false).messages().stream().map(Outbound.Numbered::message).findFirst();
    }

    /**
     * Tells a waiting seeker their place in the queue and the estimated wait; nothing when the
     * conversation is no longer waiting or {@code position} is not positive.
     */
    public void queuePosition(String conversationId, int position, int minutes) {
        if (position <= 0) {
            return;
        }
        conversations.apply(conversationId, c -> new ConversationStore.Change(c, c.mode() != Mode.WAITING
                ? List.of()
                : List.of(notice(c.lang(), SystemText.QUEUE_POSITION, Map.of("queue_position",
                        String.valueOf(position), "queue_minutes", String.valueOf(minutes))))), false);
    }

    /**
     * Gives a conversation back to the bot after a counselor closed it: the mode becomes BOT, the
     * handoff slots go, the closing notice is stored, and the bot asks the {@value #SATISFACTION_FLOW}
     * flow's question (when that flow exists) and then runs {@code thenFlow} (when given and known).
     * Does nothing to a conversation already with the bot.
     *
     * @return the messages stored, in order
     * @throws java.util.NoSuchElementException if the conversation does not exist
     */
    public List<ChatMessage> resume(String conversationId, Optional<String> thenFlow) {
        Dialogs current = dialogs.get();
        return conversations.apply(conversationId, c -> {
            if (c.mode() == Mode.BOT) {
                return new ConversationStore.Change(c, List.of());
            }
            Replies replies = new Replies(c.lang(), clock.instant(), current.message(SystemText.MORE));
            FlowRunner runner = new FlowRunner(current, actions, hours, c, replies);
            runner.resume(current.flow(SATISFACTION_FLOW), thenFlow.flatMap(current::flow));
            return new ConversationStore.Change(runner.state(replies.lang(), 0), replies.all());
        }, false).change().messages();
    }

    private ChatMessage notice(String lang, SystemText key, Map<String, String> values) {
        String text = dialogs.get().message(key).in(lang);
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        return new ChatMessage("bot", "system", text, List.of(), clock.instant());
    }

    private static Conversation withMode(Conversation c, Mode mode) {
        return new Conversation(c.id(), c.channel(), c.externalId(), c.tokenHash(), c.lang(), mode, c.position(),
                c.slots(), c.misunderstandings(), c.createdAt());
    }
}
