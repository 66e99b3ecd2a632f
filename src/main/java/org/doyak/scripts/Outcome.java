package org.doyak.scripts;

import java.util.List;
import java.util.Optional;

/**
 * How one conversation test went.
 *
 * @param file the test file as shown to staff
 * @param line the line where the test starts
 * @param name the test's name
 * @param failure the report of the failing step ({@code FILE:LINE: name} first), or empty when it passed
 * @param seen every bot text and button title the test's conversation showed, as shown (empty when unknown)
 */
public record Outcome(String file, int line, String name, Optional<String> failure, List<String> seen) {

    /** Creates an immutable outcome. */
    public Outcome {
        seen = List.copyOf(seen);
    }

    /** An outcome with nothing known of what the conversation showed. */
    public Outcome(String file, int line, String name, Optional<String> failure) {
        this(file, line, name, failure, List.of());
    }

    /** The test's key while its file is unchanged: {@code FILE:LINE: name}. */
    public String key() {
        return file + ":" + line + ": " + name;
    }

    /** True when the test passed. */
    public boolean passed() {
        return failure.isEmpty();
    }
}
