package dev.ltxflux.core.model.job;

import java.util.Optional;

/**
 * A request that creates a paid job (edit, create, upscale). The paid-job path needs only this of it: what to journal,
 * and a copy carrying the {@code replyRef} by which a job whose answer was lost can be found again.
 *
 * @param <R> the request's own type
 */
public interface PaidRequest<R extends PaidRequest<R>> {

    /** {@code edit}, {@code create} or {@code upscale}. */
    String operation();

    /** The account the request names, if any. */
    Optional<String> email();

    /** The caller's {@code replyRef}, if set. */
    Optional<String> replyRef();

    /** The same request with {@code replyRef} set. */
    R withReplyRef(String replyRef);

    /** A short human label for journals and tables (e.g. the prompt's start). */
    String label();

    /**
     * Every parameter as it will be sent, one {@code name=value} per line in a fixed order: the journal keeps its digest to
     * tell a repeated call from a different one.
     */
    String canonicalForm();
}
