package dev.ltxflux.mock.view;

import java.util.List;

/**
 * How the mock was started, as the dashboard shows it: what a user needs to read the other panels right (is strict
 * mode on, is the request list kept). Holds no secret: whether an admin token is required, never the token; never the
 * API token.
 *
 * @param baseUrl                  the API's base URL on this mock ({@code http://host:port/v1/ltxstudio})
 * @param strict                   whether every answer and webhook is checked against the schemas ({@code --strict})
 * @param journal                  whether requests are listed ({@code --journal}; the JUnit extension keeps them)
 * @param adminTokenRequired       whether the admin API needs a token ({@code --admin-token})
 * @param jobDurationMillis        how long a job runs ({@code --job-duration})
 * @param pollIntervalMillis       the poll interval the mock advises
 * @param completedWithoutArtifact whether the first completed read comes without its artifact (the documented quirk)
 * @param accounts                 the accounts now (the live ledger: added and removed through the API) with their
 *                                 credits left and concurrency limits
 * @param faultRoutes              the route names a planned fault may name ({@code any} included)
 * @param failJobRoutes            the route names a {@code fail-job} fault may name: those that make a job, and {@code any}
 */
public record SettingsView(String baseUrl, boolean strict, boolean journal, boolean adminTokenRequired,
        long jobDurationMillis, long pollIntervalMillis, boolean completedWithoutArtifact, List<Account> accounts,
        List<String> faultRoutes, List<String> failJobRoutes) {

    public SettingsView {
        accounts = List.copyOf(accounts);
        faultRoutes = faultRoutes == null ? List.of() : List.copyOf(faultRoutes);
        failJobRoutes = failJobRoutes == null ? List.of() : List.copyOf(failJobRoutes);
    }

    /**
     * One account.
     *
     * @param email       its e-mail
     * @param creditsLeft credits left, or -1 when unlimited
     * @param maxJobs     how many jobs may run at once
     */
    public record Account(String email, long creditsLeft, int maxJobs) {
    }
}
