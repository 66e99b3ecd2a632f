package org.doyak;

import java.util.List;

/** The dialog files have problems; the service does not start. */
public final class InvalidDialogsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    InvalidDialogsException(List<String> problems) {
        super("the dialogs have " + problems.size() + " problem(s):\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One {@code FILE:LINE:COLUMN: message} line per problem. */
    public List<String> problems() {
        return problems;
    }
}
