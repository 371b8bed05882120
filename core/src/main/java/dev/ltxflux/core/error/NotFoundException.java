package dev.ltxflux.core.error;

/**
 * 404 Not Found: what the call named (a job, a running job, an account) is unknown to the API. The subtype says
 * which when the call concerned a job ({@link JobNotFoundException}); catch this type for any 404.
 */
public class NotFoundException extends ApiException {

    public NotFoundException(ApiErrorDetails details) {
        super(details);
    }
}
