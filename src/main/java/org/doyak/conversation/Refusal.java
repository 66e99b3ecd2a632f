package org.doyak.conversation;

import java.util.OptionalLong;

/**
 * A request the service refuses, typed by why; nothing of it was stored. Domain code and adapters
 * throw it; the HTTP edge alone turns the {@link Kind} into a status (see {@code org.doyak.http}).
 * The message is shown to the client as it is: it must hold no secret and no personal data.
 */
public class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request is refused. */
    public enum Kind {
        /** Malformed or missing input. */
        INVALID,
        /** Input longer than allowed. */
        TOO_LARGE,
        /** No or wrong credentials. */
        UNAUTHENTICATED,
        /** Known caller, not allowed to do this (wrong role, someone else's handoff, another site). */
        FORBIDDEN,
        /** No such thing. */
        NOT_FOUND,
        /** Not in a state that allows it (already claimed, closed, changed meanwhile). */
        CONFLICT,
        /** Too many requests for now; try again after {@link #retryAfterSeconds()}. */
        TOO_MANY,
        /** Something the service needs is unavailable for now; try again later. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final OptionalLong retryAfterSeconds;

    /**
     * @param kind why
     * @param message for the client (no secrets, no personal data)
     */
    public Refusal(Kind kind, String message) {
        this(kind, message, OptionalLong.empty());
    }

    /**
     * A refusal the client may retry after a while ({@link Kind#TOO_MANY}, {@link Kind#UNAVAILABLE}).
     *
     * @param retryAfterSeconds when to try again
     */
    public Refusal(Kind kind, String message, OptionalLong retryAfterSeconds) {
        super(message, null, false, false);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Why. */
    public Kind kind() {
        return kind;
    }

    /** True when {@code error} or one of its causes is a refusal of kind {@link Kind#UNAVAILABLE}. */
    public static boolean unavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal refusal && refusal.kind == Kind.UNAVAILABLE) {
                return true;
            }
        }
        return false;
    }

    /** When the client may try again, if that helps. */
    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
