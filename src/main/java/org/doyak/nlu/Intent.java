package org.doyak.nlu;

import java.util.List;

/**
 * One intent and the messages that express it.
 *
 * @param name intent name, e.g. {@code resume_help}
 * @param examples example messages as staff wrote them, at least one
 */
public record Intent(String name, List<String> examples) {

    /** Creates an immutable intent. */
    public Intent {
        examples = List.copyOf(examples);
    }
}
