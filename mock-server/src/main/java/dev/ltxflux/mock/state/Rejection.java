package dev.ltxflux.mock.state;

import java.time.Duration;

/** A request the documented API would refuse: the status, the message for {@code {"error", "code"}}, and a retry hint. */
public final class Rejection extends RuntimeException {

    private final int status;
    private final transient Duration retryAfter;

    public Rejection(int status, String message) {
        this(status, message, null);
    }

    public Rejection(int status, String message, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** The Retry-After to send, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
