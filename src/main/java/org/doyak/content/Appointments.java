package org.doyak.content;

import java.util.List;

/**
 * Where appointments are kept. Implementations are thread-safe; {@link #book} and {@link #cancel} may
 * run inside a conversation's turn and must then join its transaction rather than wait for it.
 */
public interface Appointments {

    /**
     * Stores a new appointment unless the center's slot is already booked.
     *
     * @return false when the slot was taken (nothing stored)
     */
    boolean book(Appointment appointment);

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
