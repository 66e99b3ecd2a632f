package org.doyak.conversation;

/** Where the conversation is and who answers, changed by one turn's steps. One per turn; not thread-safe. */
final class Cursor {
    private Position position;
    private Mode mode;

    Cursor(Position position, Mode mode) {
        this.position = position;
        this.mode = mode;
    }

    Position position() {
        return position;
    }

    void position(Position newPosition) {
        this.position = newPosition;
    }

    Mode mode() {
        return mode;
    }

    void mode(Mode newMode) {
        this.mode = newMode;
    }
}
