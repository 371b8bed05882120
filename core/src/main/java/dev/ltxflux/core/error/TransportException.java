package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.JobId;

/** No HTTP answer was read: connection refused, reset, timed out. Says whether the request may have reached the server. */
public final class TransportException extends LtxException {

    private final boolean mayHaveReachedServer;

    public TransportException(String message, boolean mayHaveReachedServer, JobId jobId, Throwable cause) {
        super(message + (mayHaveReachedServer
                ? " (the request may have reached the server)"
                : " (the request did not reach the server)"), jobId, cause);
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    /** True when the server may have received (and acted on) the request: a submit must then not be re-sent. */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
