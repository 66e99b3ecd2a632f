package org.doyak.dialog;

/**
 * A quick-reply button.
 *
 * @param title what the seeker sees
 * @param payload what the press sends back; also the stored answer when it answers a question
 */
public record Button(Text title, String payload) {
}
