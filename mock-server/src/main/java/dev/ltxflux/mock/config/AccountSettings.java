package dev.ltxflux.mock.config;

import static dev.ltxflux.mock.config.Checks.check;

import java.util.List;

/**
 * The LTX accounts the mock pretends to have.
 *
 * @param emails  configured accounts; with more than one, requests must name {@code email} ({@code --accounts})
 * @param credits credits per account, each job costs one; negative means unlimited ({@code --credits})
 * @param maxJobs concurrent active jobs per account before 429; a request's {@code maxJobs} overrides ({@code --max-jobs})
 */
public record AccountSettings(List<String> emails, long credits, int maxJobs) {

    public AccountSettings {
        emails = List.copyOf(emails);
        check(!emails.isEmpty(), "--accounts", "must name at least one account");
        check(emails.stream().allMatch(a -> a.matches("[^\\s@,]+@[^\\s@,]+")), "--accounts", "must be e-mail addresses");
        check(maxJobs >= 1 && maxJobs <= 100, "--max-jobs", "must be between 1 and 100");
    }
}
