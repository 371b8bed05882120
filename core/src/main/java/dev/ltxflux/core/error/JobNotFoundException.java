package dev.ltxflux.core.error;

/** 404 Not Found on a job's status read: the job is unknown or has expired. */
public final class JobNotFoundException extends NotFoundException {

    public JobNotFoundException(ApiErrorDetails details) {
        super(details);
    }
}
