package org.doyak.handoff;

import java.beans.ConstructorProperties;

/**
 * A counselor's private note on a handoff; never shown to the seeker.
 *
 * @param author the staff member's username
 * @param body the text
 * @param at when (ISO-8601)
 */
public record Note(String author, String body, String at) {

    /** Maps a row of {@code handoff_notes}. */
    @ConstructorProperties({"author", "body", "at"})
    public Note {
    }
}
