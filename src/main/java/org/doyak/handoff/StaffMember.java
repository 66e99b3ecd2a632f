package org.doyak.handoff;

/**
 * A staff account as the console sees it.
 *
 * @param username the login name
 * @param role {@code counselor} or {@code admin}
 */
public record StaffMember(String username, String role) {
}
