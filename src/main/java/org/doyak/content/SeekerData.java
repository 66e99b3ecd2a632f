package org.doyak.content;

/** Erases what the service keeps about one seeker. Thread-safe; may run inside the seeker's turn. */
public interface SeekerData {

    /**
     * Deletes the conversation's stored messages, unrecognised-message records, appointments, callback
     * requests, handoffs with their notes, and Telegram link codes. The
     * conversation record itself stays (its slots are cleared by the caller's turn), so the seeker can
     * go on chatting.
     */
    void erase(String conversationId);
}
