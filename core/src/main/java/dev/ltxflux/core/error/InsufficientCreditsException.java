package dev.ltxflux.core.error;

/** 402 Payment Required: the account has no credits left (or no subscription). */
public final class InsufficientCreditsException extends ApiException {

    public InsufficientCreditsException(ApiErrorDetails details) {
        super(details);
    }
}
