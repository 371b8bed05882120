package dev.ltxflux.core.error;

import dev.ltxflux.core.error.ApiException.ApiErrorDetails;

/** The one status-to-exception table: every adapter turns an error status into a typed error here. */
public final class ApiErrors {

    private ApiErrors() {
    }

    /** The typed error for an error status; statuses the docs do not describe become {@link UnexpectedResponseException}; a 404 is a
     * {@link JobNotFoundException} when the call concerned a job, else a {@link NotFoundException}. */
    public static ApiException forStatus(ApiErrorDetails details) {
        int status = details.status();
        switch (status) {
            case 400:
                return new BadRequestException(details);
            case 401:
                return new UnauthorizedException(details);
            case 402:
                return new InsufficientCreditsException(details);
            case 404:
                return details.jobId() != null ? new JobNotFoundException(details) : new NotFoundException(details);
            case 429:
                return new RateLimitedException(details);
            case 596:
                return new AccountNeedsAttentionException(details);
            default:
                if (status >= 500 && status <= 599) {
                    return new ServerException(details);
                }
                return new UnexpectedResponseException(details);
        }
    }
}
