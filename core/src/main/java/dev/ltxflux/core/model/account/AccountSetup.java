package dev.ltxflux.core.model.account;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The body of {@code POST accounts} (create or update): the cookie and the account's concurrency limit. There is no
 * e-mail: the API derives it from the cookie. Its {@code toString()} never shows a cookie value.
 *
 * @param cookie  the LTX Studio cookie (a secret)
 * @param maxJobs concurrent jobs, {@value #MIN_JOBS} to {@value #MAX_JOBS}; null for the API's default ({@value #DEFAULT_JOBS})
 */
public record AccountSetup(AccountCookie cookie, Integer maxJobs) {

    public static final int MIN_JOBS = 1;
    public static final int MAX_JOBS = 100;
    public static final int DEFAULT_JOBS = 20;

    public AccountSetup {
        Objects.requireNonNull(cookie, "cookie");
        if (maxJobs != null && (maxJobs < MIN_JOBS || maxJobs > MAX_JOBS)) {
            throw new InvalidRequestException("maxJobs", "must be between " + MIN_JOBS + " and " + MAX_JOBS + " (was " + maxJobs + ")");
        }
    }

    /**
     * The setup from a raw cookie string and an optional limit, every broken rule reported at once.
     *
     * @throws InvalidRequestException naming {@code cookie} and {@code maxJobs} as they break rules
     */
    public static AccountSetup of(String rawCookie, Integer maxJobs) {
        List<Violation> problems = new ArrayList<>(AccountCookie.problems(rawCookie));
        if (maxJobs != null && (maxJobs < MIN_JOBS || maxJobs > MAX_JOBS)) {
            problems.add(new Violation("maxJobs", "must be between " + MIN_JOBS + " and " + MAX_JOBS + " (was " + maxJobs + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new AccountSetup(AccountCookie.parse(rawCookie), maxJobs);
    }

    public OptionalInt jobs() {
        return maxJobs == null ? OptionalInt.empty() : OptionalInt.of(maxJobs);
    }
}
