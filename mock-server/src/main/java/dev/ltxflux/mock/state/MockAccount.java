package dev.ltxflux.mock.state;

import java.time.Instant;

/**
 * One configured LTX account as the mock keeps it: never its cookie values (only the non-secret {@code lt_id}).
 *
 * @param email       its e-mail (from the cookie's JWT, or the mock's configuration)
 * @param ltId        the cookie's {@code lt_id}, or null
 * @param maxJobs     concurrent jobs before a submit gets 429
 * @param balance     tokens left ({@code balance.LTXStudio_token}); each job costs one; 0 answers 402
 * @param unlimited   whether the balance never blocks (the mock's {@code --credits -1}); it still goes down per job
 * @param updatedAt   when it was configured
 * @param tokenExpire when its token expires (the JWT's {@code exp}, else 90 days after configuration)
 * @param latestJobAt when its latest job was made, or null
 */
public record MockAccount(String email, String ltId, int maxJobs, long balance, boolean unlimited, Instant updatedAt,
        Instant tokenExpire, Instant latestJobAt) {

    /** The balance an unlimited account starts from (it goes down per job like any other). */
    public static final long UNLIMITED_START = 1_000_000;

    MockAccount charged(Instant at) {
        return new MockAccount(email, ltId, maxJobs, balance - 1, unlimited, updatedAt, tokenExpire, at);
    }

    MockAccount reconfigured(String newLtId, int newMaxJobs, Instant at, Instant newTokenExpire) {
        return new MockAccount(email, newLtId, newMaxJobs, balance, unlimited, at, newTokenExpire, latestJobAt);
    }
}
