package org.doyak.content;

import java.util.List;

/**
 * Where appointments are kept. Implementations are thread-safe; {@link #book} and {@link #cancel} may
 * run inside a conversation's turn and must then join its transaction rather than wait for it.
 */
public interface Appointments {

    /** What became of a booking. */
    enum Outcome {
        /** Stored. */
        BOOKED,
        /** The center's slot is already booked; nothing stored. */
        SLOT_TAKEN,
        /**
         * The same contact (phone digits or e-mail, however written) already holds a booked appointment that
         * has not started; one at a time per contact, so nobody can take every slot with one number. Nothing
         * stored.
         */
        CONTACT_HAS_ONE
    }

    /**
     * Stores a new appointment unless its slot is booked or its contact already holds one that has not started
     * (checked and stored in one transaction).
     */
    Outcome book(Appointment appointment);

    /** The conversation's appointments that are still booked, soonest first. */
    List<Appointment> booked(String conversationId);

    /** Whether any booked appointment holds this center's slot. */
    boolean taken(String centerId, String startsAt);

    /**
     * Cancels one of the conversation's appointments.
     *
     * @return false when it does not exist, belongs to another conversation or was already cancelled
     */
    boolean cancel(String conversationId, String id);

    /** Every booked appointment starting at or after {@code fromLocal} (YYYY-MM-DDTHH:MM), for staff. */
    List<Appointment> upcoming(String fromLocal);
}
