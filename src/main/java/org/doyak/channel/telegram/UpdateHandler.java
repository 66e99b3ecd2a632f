package org.doyak.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Engine;
import org.doyak.conversation.Inbound;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.SystemText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Translates one Telegram update into a turn of the engine, whose replies reach the chat through
 * {@link TelegramChannel#deliver}; the same for long polling and the webhook. Thread-safe (turns of one
 * chat are kept apart by the engine's conversation lock).
 * <ul>
 *   <li>a duplicate {@code update_id}: ignored;</li>
 *   <li>a text in a private chat: a turn ({@code /start CODE} first carries a web conversation over;
 *   {@code /start CENTER}, a deep link {@code t.me/BOT?start=jeonbuk}, puts the conversation in that center's
 *   context);</li>
 *   <li>a pressed button: answered at once, then a turn with its payload;</li>
 *   <li>stickers, photos, voice, files, locations...: a "text only" notice, no turn;</li>
 *   <li>an edited message: an "edits are not reread" notice, no turn;</li>
 *   <li>groups: a command gets a "private chats only" notice, anything else is ignored;</li>
 *   <li>channel posts, membership changes (a block shows up here), inline queries and the rest: ignored.</li>
 * </ul>
 * A chat over its flood limit ({@link ChatLimits}) gets one "slow down" notice and nothing more is handled
 * (pressed buttons are still answered) until it is within the limit again.
 */
final class UpdateHandler {
    static final String CHANNEL = "telegram";
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    private final Engine engine;
    private final ConversationStore store;
    private final UpdateLog updates;
    private final CallbackKeys keys;
    private final LinkCodes links;
    private final Outbox outbox;
    private final Supplier<Dialogs> dialogs;
    private final ChatLimits limits;
    private final Set<Integer> unreleased = ConcurrentHashMap.newKeySet();

    UpdateHandler(Engine engine, ConversationStore store, UpdateLog updates, CallbackKeys keys, LinkCodes links,
            Outbox outbox, Supplier<Dialogs> dialogs, ChatLimits limits) {
        this.limits = limits;
        this.engine = engine;
        this.store = store;
        this.updates = updates;
        this.keys = keys;
        this.links = links;
        this.outbox = outbox;
        this.dialogs = dialogs;
    }

    /**
     * Handles an update once. If handling fails (e.g. the database is unavailable) the claim on its id
     * is released so a redelivery is handled, and the exception is thrown; when the release fails too (the
     * database is still unavailable), this handler remembers the claim as its own, so a redelivery or a retry
     * that reaches it is still handled.
     */
    void handle(Update update) {
        Integer id = update.getUpdateId();
        if (id == null || !unreleased.remove(id) && !updates.claim(id)) {
            return;
        }
        try {
            dispatch(update);
        } catch (RuntimeException e) {
            try {
                updates.release(id);
            } catch (RuntimeException notReleased) {
                unreleased.add(id);
                e.addSuppressed(notReleased);
            }
            throw e;
        }
    }

    private void dispatch(Update update) {
        if (update.hasCallbackQuery()) {
            onButton(update.getCallbackQuery());
        } else if (update.hasMessage()) {
            onMessage(update.getMessage());
        } else if (update.hasEditedMessage() && isPrivate(update.getEditedMessage())
                && update.getEditedMessage().getChatId() != null) {
            Message edited = update.getEditedMessage();
            if (admitted(edited.getChatId(), edited.getFrom())) {
                notice(edited.getChatId(), edited.getFrom(), SystemText.TELEGRAM_EDITED);
            }
        } else {
            LOG.debug("ignoring update {} of a kind the bot does not handle", update.getUpdateId());
        }
    }

    private void onMessage(Message message) {
        if (message.getChat() == null || message.getChatId() == null) {
            LOG.debug("ignoring a message without a chat");
            return;
        }
        if (!isPrivate(message)) {
            if (message.hasText() && message.getText().startsWith("/")
                    && admitted(message.getChatId(), message.getFrom())) {
                notice(message.getChatId(), message.getFrom(), SystemText.TELEGRAM_PRIVATE_ONLY);
            }
            return;
        }
        long chatId = message.getChatId();
        if (!admitted(chatId, message.getFrom())) {
            return;
        }
        if (!message.hasText()) {
            if (hasContent(message)) {
                notice(chatId, message.getFrom(), SystemText.TELEGRAM_TEXT_ONLY);
            }
            return;
        }
        String text = message.getText().strip();
        String[] parts = text.split("\\s+", 2);
        if (parts.length == 2 && "/start".equalsIgnoreCase(parts[0]) && engine.knowsCenter(parts[1].strip())) {
            engine.placeIn(conversation(chatId, message.getFrom()).id(), parts[1].strip());
            turn(chatId, message.getFrom(), Inbound.text("/start"), List.of());
            return;
        }
        if (parts.length == 2 && "/start".equalsIgnoreCase(parts[0])) {
            startWithCode(chatId, message.getFrom(), parts[1]);
            return;
        }
        turn(chatId, message.getFrom(), Commands.inbound(text), List.of());
    }

    private void onButton(CallbackQuery query) {
        if (query.getId() == null || query.getFrom() == null || query.getFrom().getId() == null) {
            LOG.debug("ignoring a callback query without an id or sender");
            return;
        }
        AnswerCallbackQuery answer = AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build();
        if (query.getMessage() == null || query.getMessage().getChat() == null
                || !Boolean.TRUE.equals(query.getMessage().getChat().isUserChat())
                || !CallbackKeys.wellFormed(query.getData())) {
            outbox.send(query.getFrom().getId(), List.of(answer));
            return;
        }
        long chatId = query.getMessage().getChatId();
        outbox.send(chatId, List.of(answer));
        if (!admitted(chatId, query.getFrom())) {
            return;
        }
        turn(chatId, query.getFrom(), Inbound.payload(keys.decode(query.getData())), List.of());
    }

    private void startWithCode(long chatId, User from, String code) {
        Optional<String> web = links.redeem(code.strip());
        Optional<Conversation> carried = web.flatMap(store::find);
        if (carried.isEmpty()) {
            turn(chatId, from, Inbound.text("/start"), List.of(SystemText.TELEGRAM_LINK_EXPIRED));
            return;
        }
        Conversation conversation = carried.get();
        store.moveTo(conversation.id(), CHANNEL, String.valueOf(chatId));
        List<ChatMessage> history = store.history(conversation.id());
        List<ChatMessage> shown = new ArrayList<>();
        shown.add(new ChatMessage("bot", "system", text(SystemText.TELEGRAM_LINKED, conversation.lang()), List.of(),
                conversation.createdAt()));
        history.stream().filter(m -> !"user".equals(m.from())).reduce((a, b) -> b).ifPresent(shown::add);
        outbox.send(chatId, Rendering.render(chatId, shown, keys));
    }

    /** Queues the notices first; the engine delivers the turn's replies through the channel's outbound. */
    private void turn(long chatId, User from, Inbound inbound, List<SystemText> before) {
        Conversation conversation = conversation(chatId, from);
        List<ChatMessage> notices = before.stream().map(n -> new ChatMessage("bot", "system",
                text(n, conversation.lang()), List.of(), conversation.createdAt())).toList();
        outbox.send(chatId, Rendering.render(chatId, notices, keys));
        engine.handle(conversation.id(), inbound);
    }

    private Conversation conversation(long chatId, User from) {
        String externalId = String.valueOf(chatId);
        Optional<Conversation> known = store.findByExternal(CHANNEL, externalId);
        if (known.isPresent()) {
            return known.get();
        }
        try {
            return engine.open(CHANNEL, externalId, language(from), "");
        } catch (RuntimeException raced) {
            return store.findByExternal(CHANNEL, externalId).orElseThrow(() -> raced);
        }
    }

    /** False when the chat is over its flood limit; the first update over it gets one notice. */
    private boolean admitted(long chatId, User from) {
        ChatLimits.Verdict verdict = limits.admit(chatId);
        if (verdict == ChatLimits.Verdict.NOTICE) {
            notice(chatId, from, SystemText.TELEGRAM_TOO_FAST);
        }
        return verdict == ChatLimits.Verdict.HANDLE;
    }

    private void notice(long chatId, User from, SystemText notice) {
        String lang = store.findByExternal(CHANNEL, String.valueOf(chatId)).map(Conversation::lang)
                .orElseGet(() -> language(from));
        outbox.send(chatId, List.of(Rendering.text(chatId, text(notice, lang))));
    }

    private String text(SystemText key, String lang) {
        return dialogs.get().message(key).in(lang);
    }

    /** English when the seeker's Telegram speaks English, else Korean. */
    static String language(User from) {
        String code = from == null ? null : from.getLanguageCode();
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "ko";
    }

    private static boolean isPrivate(Message message) {
        return message.getChat() != null && Boolean.TRUE.equals(message.getChat().isUserChat());
    }

    private static boolean hasContent(Message m) {
        return m.hasSticker() || m.hasPhoto() || m.hasVoice() || m.hasDocument() || m.hasVideo() || m.hasAudio()
                || m.hasAnimation() || m.hasVideoNote() || m.hasLocation() || m.hasContact() || m.hasPoll()
                || m.hasDice() || m.hasStory() || m.hasPaidMedia();
    }
}
