package dev.ltxflux.mock.view;

import dev.ltxflux.mock.state.FaultRule;
import java.util.List;

/**
 * Everything the dashboard shows, in one answer ({@code GET /__admin/ltx/dashboard}), so that a page never mixes two
 * moments of the mock: the same views as the single admin routes.
 *
 * @param settings how the mock was started
 * @param clock    its clock
 * @param jobs     the jobs held, newest first
 * @param faults   the faults still planned
 * @param webhooks webhook attempts, newest first
 * @param uploads  the uploads held, newest first
 * @param drifts   strict-mode findings
 * @param requests the last requests, newest first (empty unless {@code settings.journal})
 * @param accounts the live accounts with their balances and running jobs (never a cookie)
 * @param scheduler the running jobs and each account's free slots
 * @param assets   one page of the assets of every account, newest first
 */
public record DashboardView(SettingsView settings, ClockView clock, List<JobView> jobs, List<FaultRule> faults,
        List<DeliveryView> webhooks, List<UploadView> uploads, List<String> drifts, List<RequestView> requests,
        List<AccountView> accounts, SchedulerView scheduler, AssetView.Page assets) {
}
