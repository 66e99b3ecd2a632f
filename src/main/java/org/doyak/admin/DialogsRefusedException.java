package org.doyak.admin;

import java.util.List;

/** The dialog files have problems and there is no last good copy to serve instead; nothing starts. */
public final class DialogsRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    /** @param problems one {@code FILE:LINE:COLUMN: message} line each */
    public DialogsRefusedException(List<String> problems) {
        super("the dialogs have " + problems.size() + " problem(s):\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One {@code FILE:LINE:COLUMN: message} line per problem. */
    public List<String> problems() {
        return problems;
    }
}
