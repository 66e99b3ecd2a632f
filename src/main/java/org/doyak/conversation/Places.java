package org.doyak.conversation;

import java.util.List;
import java.util.Optional;
import org.doyak.dialog.Dialogs;
import org.doyak.dialog.Flow;

/**
 * Keeps a conversation's place by flow and step id rather than by step number, so a published edit that
 * inserts, moves or removes steps never makes a waiting seeker's answer land on another question. The
 * engine stamps the waiting step's id before storing a turn, and reconciles the stored place with the
 * dialogs in force before the next turn. Stateless.
 */
final class Places {
    private Places() {
    }

    /** A stored place checked against the dialogs in force. */
    sealed interface Reconciled {
        /** The conversation with its place as the dialogs in force have it. */
        Conversation conversation();
    }

    /** The place still exists (possibly at another step number). */
    record Kept(Conversation conversation) implements Reconciled {
    }

    /** The waiting question is gone: the flow starts again (or the conversation goes idle without its flow). */
    record Vanished(Conversation conversation, Optional<Flow> restart) implements Reconciled {
    }

    /** The conversation with its waiting step's id recorded in its position. */
    static Conversation stamp(Conversation c, Dialogs dialogs) {
        Position p = c.position();
        if (!p.awaiting()) {
            return p.stepId() == null ? c : with(c, new Position(p.flow(), p.step(), p.retries(), p.stack()));
        }
        String id = dialogs.flow(p.flow()).filter(f -> p.step() < f.steps().size())
                .map(f -> f.steps().get(p.step()).id()).orElse(null);
        return id == null || id.equals(p.stepId()) ? c
                : with(c, new Position(p.flow(), p.step(), p.retries(), p.stack(), id));
    }

    /** Finds the stored place in the dialogs in force. */
    static Reconciled reconcile(Conversation c, Dialogs dialogs) {
        Position p = c.position();
        if (!p.awaiting() || p.stepId() == null) {
            return new Kept(c);
        }
        Optional<Flow> flow = dialogs.flow(p.flow());
        if (flow.isEmpty()) {
            return new Vanished(with(c, Position.IDLE), Optional.empty());
        }
        List<?> steps = flow.get().steps();
        if (p.step() < steps.size() && flow.get().steps().get(p.step()).id().equals(p.stepId())) {
            return new Kept(c);
        }
        for (int i = 0; i < steps.size(); i++) {
            if (flow.get().steps().get(i).id().equals(p.stepId())) {
                return new Kept(with(c, new Position(p.flow(), i, p.retries(), p.stack(), p.stepId())));
            }
        }
        return new Vanished(with(c, Position.IDLE), flow);
    }

    private static Conversation with(Conversation c, Position p) {
        return new Conversation(c.id(), c.channel(), c.externalId(), c.tokenHash(), c.lang(), c.mode(), p, c.slots(),
                c.misunderstandings(), c.createdAt());
    }
}
