package org.doyak.handoff;

import java.util.List;

/**
 * A staff account as the console sees it.
 *
 * @param username the login name
 * @param role {@code counselor} or {@code admin}
 * @param centers the centers (ids from {@code content/centers.yaml}) the account works for, sorted;
 *     empty: every center
 */
public record StaffMember(String username, String role, List<String> centers) {
    /** Copies the centers. */
    public StaffMember {
        centers = List.copyOf(centers);
    }

    /** Whether the account works for {@code center}: every center when it names none. */
    public boolean worksFor(String center) {
        return centers.isEmpty() || centers.contains(center);
    }
}
