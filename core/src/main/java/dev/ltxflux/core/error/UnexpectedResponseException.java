package dev.ltxflux.core.error;

/** An answer the API documentation does not describe (unknown status or unreadable body). */
public final class UnexpectedResponseException extends ApiException {

    public UnexpectedResponseException(ApiErrorDetails details) {
        super(details);
    }
}
