package org.doyak.dialog.load;

import org.doyak.dialog.load.Node.Where;

/** A file that is not valid YAML; carries the position the parser stopped at. */
public final class YamlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Where where;

    YamlSyntaxException(Where where, String message) {
        super(where + ": " + message);
        this.where = where;
    }

    /** Where the parser gave up. */
    public Where where() {
        return where;
    }
}
