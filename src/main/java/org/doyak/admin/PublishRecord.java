package org.doyak.admin;

import java.time.Instant;
import java.util.List;

/**
 * One attempt to publish the dialogs.
 *
 * @param at when it finished
 * @param who the staff member who pressed publish, or {@code files} / {@code start} / {@code reload}
 * @param result {@code published}, {@code refused} or {@code unchanged}
 * @param changes files added, changed or removed against the serving version
 * @param problems why it was refused; empty otherwise
 */
public record PublishRecord(Instant at, String who, String result, List<String> changes, List<String> problems) {
    /** The dialogs went live. */
    public static final String PUBLISHED = "published";
    /** The dialogs had problems; the old version keeps serving. */
    public static final String REFUSED = "refused";
    /** Nothing differed from the serving version. */
    public static final String UNCHANGED = "unchanged";

    /** Creates an immutable record. */
    public PublishRecord {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** Whether the dialogs went live. */
    public boolean published() {
        return PUBLISHED.equals(result);
    }
}
