package org.doyak.dialog.load;

import org.doyak.dialog.load.Node.Where;

/**
 * A file that is not valid YAML, explained in plain words (Korean and English) at the place where the
 * mistake most likely is, which is not always where the parser gave up (an unclosed bracket is reported
 * where it was opened).
 */
public final class YamlSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Where where;
    private final String korean;
    private final String english;

    YamlSyntaxException(Where where, String korean, String english) {
        super(where + ": " + english);
        this.where = where;
        this.korean = korean;
        this.english = english;
    }

    /** Where the mistake is. */
    public Where where() {
        return where;
    }

    /** The explanation in Korean. */
    public String korean() {
        return korean;
    }

    /** The explanation in English. */
    public String english() {
        return english;
    }
}
