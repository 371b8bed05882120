package dev.ltxflux.core.model.account;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One configured LTX Studio account, as {@code GET accounts}, {@code GET accounts/{email}} and {@code POST accounts}
 * answer it. Every field but the e-mail is optional in the published model; times are kept as the API wrote them. The
 * cookie is never held here (the API answers it as {@code …secured…}): only its non-secret {@code lt_id}.
 *
 * @param email             the account's e-mail (the key of {@code GET accounts})
 * @param ltId              the cookie's {@code lt_id}, or null
 * @param maxJobs           its concurrency limit, or null
 * @param updatedUtc        when it was configured (ISO text as sent), or null
 * @param tokenExpireUtc    when its token expires (ISO text as sent), or null
 * @param balance           {@code balance.LTXStudio_token} (only {@code GET accounts/{email}}), or null
 * @param latestCreatedAtMs {@code latestCreatedAtMs.LTXStudio_token}, epoch ms, or null
 * @param error             the account's {@code error} text when the API reports one, or null
 */
public record Account(String email, String ltId, Integer maxJobs, String updatedUtc, String tokenExpireUtc, Long balance,
        Long latestCreatedAtMs, String error) {

    public Account {
        Objects.requireNonNull(email, "email");
    }

    /** The token balance, when the answer carried one. */
    public OptionalLong tokens() {
        return balance == null ? OptionalLong.empty() : OptionalLong.of(balance);
    }

    /** The reported problem of this account, if any. */
    public Optional<String> problem() {
        return Optional.ofNullable(error).filter(e -> !e.isBlank());
    }
}
