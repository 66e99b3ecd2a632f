package org.doyak.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one writer of conversation state. Every change — a seeker's turn, a counselor joining or
 * answering, a queue notice, the bot resuming — goes the same way: hold the conversation's lock, read
 * it (from memory when the store keeps it), compute the change outside any database transaction,
 * store it in one short write (durable on return), hand the new messages to the {@link Outbound}, and
 * only then let the next change of that conversation in. Thread-safe.
 */
public final class Conversations {
    private static final Logger LOG = LoggerFactory.getLogger(Conversations.class);

    private final ConversationStore store;
    private final ConversationLock lock;
    private final Outbound outbound;
    /** The seeker's message being answered on this thread, and what was stored for them meanwhile. */
    private final ThreadLocal<Reply> replying = new ThreadLocal<>();

    /**
     * @param store where conversations live
     * @param lock keeps changes of one conversation apart
     * @param outbound how stored messages reach seekers
     */
    public Conversations(ConversationStore store, ConversationLock lock, Outbound outbound) {
        this.store = store;
        this.lock = lock;
        this.outbound = outbound;
    }

    /** The store, for reads (history, lookups by channel id). */
    public ConversationStore store() {
        return store;
    }

    /**
     * Runs {@code work} as the answer to the seeker's own message in {@code id}: every message stored for
     * that conversation on this thread meanwhile (the turn's replies, and notices the turn's listener
     * caused, such as the queue position) counts as part of the reply, so the channel delivers them
     * together and in order.
     *
     * @return the messages for the seeker stored meanwhile, in sequence order
     */
    List<ChatMessage> answering(String id, Runnable work) {
        Reply reply = new Reply(id, new ArrayList<>());
        Reply outer = replying.get();
        replying.set(reply);
        try {
            work.run();
        } finally {
            if (outer == null) {
                replying.remove();
            } else {
                replying.set(outer);
            }
        }
        return List.copyOf(reply.messages());
    }

    /**
     * One change, applied as described above. A change that adds no message and leaves the state as it
     * was is not written.
     *
     * @param work from the current state to the change; runs under the lock, may be slow (understanding,
     *     actions) but must not wait on another change of the same conversation
     * @param reply whether the new messages answer the caller's own message (see {@link Outbound#deliver});
     *     always so within {@link #answering} for the same conversation
     * @throws NoSuchElementException if the conversation does not exist
     * @throws StaleConversationException if the stored conversation moved on under the read (nothing stored)
     */
    Applied apply(String id, Function<Conversation, ConversationStore.Change> work, boolean reply) {
        return lock.holding(id, () -> {
            ConversationStore.Stored before = store.load(id)
                    .orElseThrow(() -> new NoSuchElementException("no conversation " + id));
            ConversationStore.Change change = work.apply(before.conversation());
            if (change.messages().isEmpty() && change.conversation().equals(before.conversation())) {
                return new Applied(before.conversation(), change, List.of());
            }
            ConversationStore.Stored after = store.save(before, change);
            List<Outbound.Numbered> numbered = new ArrayList<>();
            int seq = before.lastSeq();
            for (ChatMessage m : change.messages()) {
                numbered.add(new Outbound.Numbered(++seq, m));
            }
            List<Outbound.Numbered> forSeeker = numbered.stream().filter(n -> !"user".equals(n.message().from()))
                    .toList();
            Reply answer = replying.get();
            boolean inReply = reply || answer != null && answer.conversationId().equals(id);
            if (inReply && answer != null) {
                forSeeker.forEach(n -> answer.messages().add(n.message()));
            }
            if (!forSeeker.isEmpty()) {
                try {
                    outbound.deliver(after.conversation(), forSeeker, inReply);
                } catch (RuntimeException e) {
                    LOG.warn("could not deliver to {} conversation {}: {}", after.conversation().channel(), id,
                            e.toString());
                }
            }
            return new Applied(before.conversation(), change, numbered);
        });
    }

    /**
     * A stored change.
     *
     * @param before the conversation as the change found it
     * @param change the new state and the messages added
     * @param messages the added messages with their sequence numbers
     */
    record Applied(Conversation before, ConversationStore.Change change, List<Outbound.Numbered> messages) {
    }

    private record Reply(String conversationId, List<ChatMessage> messages) {
    }
}
