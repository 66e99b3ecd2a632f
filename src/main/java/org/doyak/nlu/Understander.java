package org.doyak.nlu;

/**
 * Turns one user message into an {@link Understanding}. The engine calls it once per text message
 * (never for button payloads or commands).
 *
 * <p>Implementations must be thread-safe: the engine calls them from many request threads at once.
 * They must not throw on any input (empty, huge, mixed scripts, emoji); an empty ranking is the
 * answer for text they cannot place.
 */
@FunctionalInterface
public interface Understander {

    /**
     * @param text the message as the seeker typed it, never null
     * @param languageHint the conversation's current language ({@code ko} or {@code en}), never null
     * @return what was understood, never null
     */
    Understanding understand(String text, String languageHint);
}
