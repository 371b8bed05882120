package dev.ltxflux.core.error;

/** 596: the LTX Studio account needs attention (re-login, moderation) before it is used again. */
public final class AccountNeedsAttentionException extends ApiException {

    public AccountNeedsAttentionException(ApiErrorDetails details) {
        super(details);
    }
}
