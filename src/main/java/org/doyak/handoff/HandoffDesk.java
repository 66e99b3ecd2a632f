package org.doyak.handoff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Engine;
import org.doyak.conversation.Mode;
import org.doyak.dialog.SystemText;
import org.doyak.http.ApiError;

/**
 * What a counselor does with a handoff: claim, answer, note, transfer, close. Each operation checks
 * the handoff's state with a conditional update and fails with {@link ApiError} 404 (unknown), 409
 * (not in a state that allows it, e.g. already claimed) or 403 (held by a colleague). Thread-safe.
 */
public final class HandoffDesk {
    private final Handoffs handoffs;
    private final Seekers seekers;
    private final Engine engine;
    private final StaffAccounts staff;
    private final HandoffEvents events;

    HandoffDesk(Handoffs handoffs, Seekers seekers, Engine engine, StaffAccounts staff, HandoffEvents events) {
        this.handoffs = handoffs;
        this.seekers = seekers;
        this.engine = engine;
        this.staff = staff;
        this.events = events;
    }

    /** The handoff, or 404. */
    public Handoff get(String id) {
        return handoffs.find(id).orElseThrow(() -> new ApiError(404, "unknown handoff"));
    }

    /** The conversation of a handoff, as stored now. */
    public Conversation conversation(Handoff h) {
        return seekers.store().find(h.conversationId()).orElseThrow(() -> new ApiError(404, "unknown conversation"));
    }

    /** The whole transcript of a handoff's conversation, oldest first. */
    public List<ChatMessage> transcript(Handoff h) {
        return seekers.store().history(h.conversationId());
    }

    /** Claims a waiting handoff for {@code counselor}: 409 when someone else was first or the seeker left. */
    public Handoff claim(String id, String counselor) {
        Handoff h = get(id);
        if (!handoffs.claim(id, counselor)) {
            throw new ApiError(409, "this handoff is no longer waiting (claimed by someone else or closed)");
        }
        ConversationStore.Change change = seekers.post(h.conversationId(), c -> c.mode() != Mode.WAITING
                ? new ConversationStore.Change(c, List.of())
                : new ConversationStore.Change(Seekers.withMode(c, Mode.COUNSELOR),
                        List.of(seekers.notice(c.lang(), SystemText.COUNSELOR_JOINED, Map.of()))));
        if (change.conversation().mode() != Mode.COUNSELOR) {
            handoffs.finish(id, Handoff.CANCELLED, null);
            events.changed(get(id));
            throw new ApiError(409, "the seeker has withdrawn the request");
        }
        Handoff claimed = get(id);
        events.changed(claimed);
        change.messages().forEach(m -> events.message(claimed, m));
        handoffs.list(Handoff.WAITING).forEach(w -> seekers.queueNotice(w.conversationId(),
                handoffs.position(w.id())));
        return claimed;
    }

    /** Sends a counselor's message to the seeker: 409 unless the handoff is active, 403 unless it is theirs. */
    public ChatMessage reply(String id, String counselor, String text) {
        Handoff h = held(id, counselor);
        ChatMessage message = seekers.fromCounselor(text);
        seekers.post(h.conversationId(), c -> {
            if (c.mode() != Mode.COUNSELOR) {
                throw new ApiError(409, "the conversation is not with a counselor");
            }
            return new ConversationStore.Change(c, List.of(message));
        });
        events.message(h, message);
        return message;
    }

    /**
     * Closes a waiting or active handoff with a resolution note and gives the conversation back to
     * the bot, which asks one satisfaction question and then runs {@code resumeFlow} if given.
     */
    public Handoff close(String id, String counselor, String note, Optional<String> resumeFlow) {
        Handoff h = get(id);
        if (Handoff.ACTIVE.equals(h.status()) && !counselor.equals(h.counselor())) {
            throw new ApiError(403, "this handoff is held by " + h.counselor());
        }
        if (!handoffs.finish(id, Handoff.CLOSED, note)) {
            throw new ApiError(409, "this handoff is already closed");
        }
        Conversation c = conversation(h);
        List<ChatMessage> said = engine.resume(h.conversationId(), resumeFlow);
        seekers.deliver(c, said);
        Handoff closed = get(id);
        said.forEach(m -> events.message(closed, m));
        events.changed(closed);
        return closed;
    }

    /** Hands an active handoff to another counselor: 404 for an unknown colleague, 403 unless it is yours. */
    public Handoff transfer(String id, String from, String to) {
        held(id, from);
        if (staff.member(to).filter(m -> StaffAccounts.COUNSELOR.equals(m.role())).isEmpty()) {
            throw new ApiError(404, "no counselor named '" + to + "'");
        }
        if (!handoffs.transfer(id, from, to)) {
            throw new ApiError(409, "this handoff changed meanwhile; reload it");
        }
        handoffs.note(id, from, "→ " + to);
        Handoff moved = get(id);
        events.changed(moved);
        return moved;
    }

    /** Adds a private note (never shown to the seeker). */
    public Note note(String id, String author, String text) {
        get(id);
        return handoffs.note(id, author, text);
    }

    private Handoff held(String id, String counselor) {
        Handoff h = get(id);
        if (!Handoff.ACTIVE.equals(h.status())) {
            throw new ApiError(409, "this handoff is " + h.status() + ", not active");
        }
        if (!counselor.equals(h.counselor())) {
            throw new ApiError(403, "this handoff is held by " + h.counselor());
        }
        return h;
    }
}
