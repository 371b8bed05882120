package dev.ltxflux.feign;

import dev.ltxflux.core.error.ClientClosedException;

/** Whether a client is closed; every resource of the client asks it before a call. */
final class ClientGuard {

    private volatile boolean closed;

    void close() {
        closed = true;
    }

    void ensureOpen() {
        if (closed) {
            throw new ClientClosedException(null);
        }
    }
}
