package dev.ltxflux.core.error;

/** 404 Not Found: the job is unknown or has expired. */
public final class JobNotFoundException extends ApiException {

    public JobNotFoundException(ApiErrorDetails details) {
        super(details);
    }
}
