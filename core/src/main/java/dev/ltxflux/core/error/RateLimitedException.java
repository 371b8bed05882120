package dev.ltxflux.core.error;

/** 429: the account is at its concurrent-job limit or the API is busy; wait {@link #retryAfter()} and try again. */
public final class RateLimitedException extends ApiException {

    public RateLimitedException(ApiErrorDetails details) {
        super(details);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
