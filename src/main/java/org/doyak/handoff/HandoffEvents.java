package org.doyak.handoff;

import org.doyak.conversation.ChatMessage;

/**
 * What counselors are told as it happens: the console socket pushes it to every logged-in
 * counselor; a counselors' Telegram group may hear about new handoffs. Implementations are
 * thread-safe, must not block for long, and must not throw.
 */
public interface HandoffEvents {

    /** A handoff was opened, claimed, transferred, re-prioritised, closed or cancelled. */
    void changed(Handoff handoff);

    /** A message was added to a handoff's conversation (the seeker's, the bot's notices, a counselor's). */
    void message(Handoff handoff, ChatMessage message);
}
