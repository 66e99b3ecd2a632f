package org.doyak.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures the staff dashboard shows, read from the per-turn records (kept as long as their
 * conversations), the anonymous daily totals (kept for good) and the handoffs. Days are Korean days,
 * {@code from} and {@code to} inclusive. Implementations are thread-safe.
 */
public interface Figures {

    /** A daily count: metric {@code conversations}, {@code turns}, {@code fallbacks}, {@code handoffs},
     *  {@code flow_start:ID}, {@code flow_complete:ID} or {@code satisfaction:ANSWER}. */
    record Total(String day, String channel, String metric, long total) {
    }

    /** How many conversations reached a step ({@code #start}, a step id, {@code #end}) and how many left there. */
    record Step(String flow, String step, long reached, long leftHere) {
    }

    /** Handoffs for one reason, and how long seekers waited for a counselor to claim them. */
    record Waiting(String reason, long handoffs, long claimed, long medianWaitSeconds, long maxWaitSeconds) {
    }

    /**
     * One center's figures: handoffs to its queue and how long they waited, and appointments booked with it.
     *
     * @param center the center id ("" for handoffs whose center was unknown)
     */
    record Center(String center, long handoffs, long claimed, long medianWaitSeconds, long maxWaitSeconds,
            long bookings) {
    }

    /** A message the bot did not understand, for the staff inbox. */
    record Missed(String id, String text, String lang, String bestGuess, double confidence, Instant at) {
    }

    /** Daily totals, oldest day first. */
    List<Total> totals(LocalDate from, LocalDate to);

    /** Every step seekers reached, by flow. */
    List<Step> steps(LocalDate from, LocalDate to);

    /** Handoffs by reason. */
    List<Waiting> handoffs(LocalDate from, LocalDate to);

    /** Handoffs, waits and bookings per center, by center id. */
    List<Center> centers(LocalDate from, LocalDate to);

    /** The latest misunderstood messages, newest first. */
    List<Missed> misunderstood(int limit);

    /** Takes messages out of the inbox (e.g. once added as examples). */
    void dismiss(List<String> ids);
}
