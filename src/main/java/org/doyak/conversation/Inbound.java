package org.doyak.conversation;

/**
 * What the seeker sent: a text, or a pressed button's payload (exactly one is non-null).
 *
 * @param text typed text
 * @param payload the payload of a pressed button
 */
public record Inbound(String text, String payload) {
    /** The longest text accepted, in characters. */
    public static final int MAX_TEXT = 4000;

    /** Checks that exactly one of text and payload is given. */
    public Inbound {
        if ((text == null) == (payload == null)) {
            throw new IllegalArgumentException("exactly one of text and payload");
        }
    }

    /** A typed message. */
    public static Inbound text(String text) {
        return new Inbound(text, null);
    }

    /** A pressed button. */
    public static Inbound payload(String payload) {
        return new Inbound(null, payload);
    }
}
