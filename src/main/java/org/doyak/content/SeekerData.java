package org.doyak.content;

/** Erases what the service keeps about one seeker. Thread-safe; may run inside the seeker's turn. */
public interface SeekerData {

    /**
     * Deletes the conversation's stored messages, unrecognised-message records, appointments, callback
     * requests, handoffs with their notes, Telegram link codes and stored slots, unlinks it from the
     * channel's own id (a Telegram chat id), and leaves nothing of it recoverable in the database files.
     * The conversation record itself stays for the turn in progress (its slots are cleared by the
     * caller's turn); the seeker's next message on another channel than the web starts a new one.
     */
    void erase(String conversationId);
}
