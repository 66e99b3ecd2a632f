package org.doyak.conversation;

/** Who is answering the seeker. */
public enum Mode {
    /** The bot runs the flows. */
    BOT,
    /** A counselor was requested; the bot only sends system notices. */
    WAITING,
    /** A counselor has the conversation; the bot stays quiet. */
    COUNSELOR
}
