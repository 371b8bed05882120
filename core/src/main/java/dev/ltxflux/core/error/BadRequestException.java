package dev.ltxflux.core.error;

/** 400 Bad Request: the API rejected the request (its message says which field). */
public final class BadRequestException extends ApiException {

    public BadRequestException(ApiErrorDetails details) {
        super(details);
    }
}
