package dev.ltxflux.mock.view;

import dev.ltxflux.mock.state.MockAccount;
import java.time.Instant;

/**
 * One account of the mock's live ledger, as {@code GET /__admin/ltx/accounts}, the dashboard and
 * {@code LtxMockAdmin.accounts()} show it: an account added with {@code POST accounts} appears, a removed one goes, the
 * balance drops per job. Never its cookie: the mock keeps no cookie value, and {@link #cookie()} always reads
 * {@link Redactor#HIDDEN}, as the API's own account answer does.
 *
 * @param email       its e-mail
 * @param maxJobs     how many jobs may run at once
 * @param executing   its running (active, tracked) jobs now
 * @param available   {@code maxJobs - executing}
 * @param balance     tokens left ({@code balance.LTXStudio_token}); each job costs one
 * @param unlimited   whether the balance never blocks (the mock's {@code --credits -1})
 * @param creditsLeft the balance, or -1 when unlimited
 * @param latestJobAt when its latest job was made, or null
 * @param tokenExpire when its token expires
 * @param cookie      always {@link Redactor#HIDDEN}
 */
public record AccountView(String email, int maxJobs, int executing, int available, long balance, boolean unlimited,
        long creditsLeft, Instant latestJobAt, Instant tokenExpire, String cookie) {

    public static AccountView of(MockAccount a, int executing) {
        return new AccountView(a.email(), a.maxJobs(), executing, a.maxJobs() - executing, a.balance(), a.unlimited(),
                a.unlimited() ? -1 : a.balance(), a.latestJobAt(), a.tokenExpire(), Redactor.HIDDEN);
    }
}
