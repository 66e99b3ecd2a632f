package org.doyak.http;

/** A request the API refuses; answered as {@code {"error": message}} with the status. */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /**
     * @param status HTTP status, 4xx
     * @param message shown to the client; must not contain secrets or personal data
     */
    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
