package org.doyak.conversation;

/**
 * A message the bot could not place, kept so staff can add training examples.
 *
 * @param conversationId where it was said
 * @param text what the seeker wrote
 * @param language the conversation's language at the time
 * @param bestGuess the classifier's best intent, or empty
 * @param confidence its confidence
 */
public record Unrecognised(String conversationId, String text, String language, String bestGuess,
        double confidence) {
}
