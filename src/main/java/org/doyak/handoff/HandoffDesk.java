package org.doyak.handoff;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.doyak.conversation.ChatMessage;
import org.doyak.conversation.Conversation;
import org.doyak.conversation.ConversationStore;
import org.doyak.conversation.Handover;
import org.doyak.conversation.Refusal;
import org.doyak.dialog.Text;

/**
 * What a counselor does with a handoff: claim, answer, note, transfer (to a colleague or another center),
 * close. Each operation checks
 * the handoff's state with a conditional update; the conversation itself changes only through the
 * engine's {@link Handover} operations. Fails with a {@link Refusal}: {@code NOT_FOUND} (unknown),
 * {@code CONFLICT} (not in a state that allows it, e.g. already claimed) or {@code FORBIDDEN} (held by
 * a colleague). Thread-safe.
 */
public final class HandoffDesk {
    private final Handoffs handoffs;
    private final ConversationStore store;
    private final Handover handover;
    private final StaffAccounts staff;
    private final HandoffEvents events;
    private final Function<String, Optional<Map<String, String>>> centers;

    HandoffDesk(Handoffs handoffs, ConversationStore store, Handover handover, StaffAccounts staff,
            HandoffEvents events, Function<String, Optional<Map<String, String>>> centers) {
        this.centers = centers;
        this.handoffs = handoffs;
        this.store = store;
        this.handover = handover;
        this.staff = staff;
        this.events = events;
    }

    /** The handoff. */
    public Handoff get(String id) {
        return handoffs.find(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown handoff"));
    }

    /** The conversation of a handoff, as stored now. */
    public Conversation conversation(Handoff h) {
        return store.find(h.conversationId())
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown conversation"));
    }

    /** The whole transcript of a handoff's conversation, oldest first. */
    public List<ChatMessage> transcript(Handoff h) {
        return store.history(h.conversationId());
    }

    /** Claims a waiting handoff for {@code counselor}: a conflict when someone else was first or the seeker left. */
    public Handoff claim(String id, String counselor) {
        Handoff h = get(id);
        if (!handoffs.claim(id, counselor)) {
            throw conflict("this handoff is no longer waiting (claimed by someone else or closed)");
        }
        Optional<ChatMessage> joined = handover.join(h.conversationId());
        if (joined.isEmpty()) {
            handoffs.finish(id, Handoff.CANCELLED, null);
            events.changed(get(id));
            throw conflict("the seeker has withdrawn the request");
        }
        Handoff claimed = get(id);
        events.changed(claimed);
        events.message(claimed, joined.get());
        handoffs.list(Handoff.WAITING).forEach(w -> handoffs.tellPosition(handover, w.id(), w.conversationId()));
        return claimed;
    }

    /** Sends a counselor's message to the seeker: a conflict unless the handoff is active, forbidden unless theirs. */
    public ChatMessage reply(String id, String counselor, String text) {
        Handoff h = held(id, counselor);
        ChatMessage message = handover.counselorSays(h.conversationId(), text);
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
            throw notYours(h);
        }
        if (!handoffs.finish(id, Handoff.CLOSED, note)) {
            throw conflict("this handoff is already closed");
        }
        List<ChatMessage> said = handover.resume(h.conversationId(), resumeFlow);
        Handoff closed = get(id);
        said.forEach(m -> events.message(closed, m));
        events.changed(closed);
        return closed;
    }

    /** Hands an active handoff to another counselor: not found for an unknown colleague, forbidden unless yours. */
    public Handoff transfer(String id, String from, String to) {
        held(id, from);
        if (staff.member(to).filter(m -> StaffAccounts.COUNSELOR.equals(m.role())).isEmpty()) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "no counselor named '" + to + "'");
        }
        if (!handoffs.transfer(id, from, to)) {
            throw conflict("this handoff changed meanwhile; reload it");
        }
        handoffs.note(id, from, "→ " + to);
        Handoff moved = get(id);
        events.changed(moved);
        return moved;
    }

    /**
     * Passes a waiting handoff, or an active one the counselor holds, to another center's queue with its
     * context: the transcript, summary, profile and reason stay on it, the transfer and {@code note} are
     * added as a private note, the seeker is told in their language, and it waits again for that center.
     *
     * @throws Refusal {@code INVALID} for a center the dialogs do not have; {@code CONFLICT} when it is in
     *     that center's queue already or no longer open; {@code FORBIDDEN} when a colleague holds it
     */
    public Handoff moveToCenter(String id, String counselor, String center, String note) {
        Handoff h = get(id);
        Map<String, String> item = centers.apply(center).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                "unknown center '" + center + "'"));
        if (center.equals(h.center())) {
            throw conflict("this handoff is in that center's queue already");
        }
        if (Handoff.ACTIVE.equals(h.status()) && !counselor.equals(h.counselor())) {
            throw notYours(h);
        }
        if (!handoffs.moveToCenter(id, center, counselor)) {
            throw conflict("this handoff changed meanwhile (claimed or closed); reload it");
        }
        handoffs.note(id, counselor, (h.center().isEmpty() ? "?" : h.center()) + " → " + center
                + (note.isBlank() ? "" : ": " + note.strip()));
        Optional<ChatMessage> told = handover.transferred(h.conversationId(),
                new Text(item.getOrDefault("name", center), item.getOrDefault("name.en", center)));
        Handoff moved = get(id);
        told.ifPresent(m -> events.message(moved, m));
        events.changed(moved);
        handoffs.list(Handoff.WAITING).stream().filter(w -> w.id().equals(id) || w.center().equals(h.center()))
                .forEach(w -> handoffs.tellPosition(handover, w.id(), w.conversationId()));
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
            throw conflict("this handoff is " + h.status() + ", not active");
        }
        if (!counselor.equals(h.counselor())) {
            throw notYours(h);
        }
        return h;
    }

    private static Refusal conflict(String message) {
        return new Refusal(Refusal.Kind.CONFLICT, message);
    }

    private static Refusal notYours(Handoff h) {
        return new Refusal(Refusal.Kind.FORBIDDEN, "this handoff is held by " + h.counselor());
    }
}
