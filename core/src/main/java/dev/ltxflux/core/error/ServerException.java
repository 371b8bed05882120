package dev.ltxflux.core.error;

/** 5xx: the API failed; a read may be retried, a submit may have been taken. */
public final class ServerException extends ApiException {

    public ServerException(ApiErrorDetails details) {
        super(details);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
