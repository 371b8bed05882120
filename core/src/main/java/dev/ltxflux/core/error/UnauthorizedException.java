package dev.ltxflux.core.error;

/** 401 Unauthorized: the API token is missing or wrong. */
public final class UnauthorizedException extends ApiException {

    public UnauthorizedException(ApiErrorDetails details) {
        super(details);
    }
}
