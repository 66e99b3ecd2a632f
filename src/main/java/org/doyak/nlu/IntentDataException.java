package org.doyak.nlu;

import java.util.List;

/** Intent data could not be loaded; {@link #problems()} lists every reason as {@code FILE:LINE:COLUMN: message}. */
public final class IntentDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** @param problems one line per problem, at least one */
    public IntentDataException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, in file order. */
    public List<String> problems() {
        return problems;
    }
}
