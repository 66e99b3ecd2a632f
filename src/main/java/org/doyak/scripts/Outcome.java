package org.doyak.scripts;

import java.util.Optional;

/**
 * How one conversation test went.
 *
 * @param file the test file as shown to staff
 * @param line the line where the test starts
 * @param name the test's name
 * @param failure the report of the failing step ({@code FILE:LINE: name} first), or empty when it passed
 */
public record Outcome(String file, int line, String name, Optional<String> failure) {

    /** True when the test passed. */
    public boolean passed() {
        return failure.isEmpty();
    }
}
