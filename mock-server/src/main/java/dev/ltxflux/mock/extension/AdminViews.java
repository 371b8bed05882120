package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.state.ControllableClock;
import dev.ltxflux.mock.state.IndexedAsset;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.StoredUpload;
import dev.ltxflux.mock.view.AccountView;
import dev.ltxflux.mock.view.AssetView;
import dev.ltxflux.mock.view.ClockView;
import dev.ltxflux.mock.view.DashboardView;
import dev.ltxflux.mock.view.DeliveryView;
import dev.ltxflux.mock.view.JobView;
import dev.ltxflux.mock.view.Redactor;
import dev.ltxflux.mock.view.RequestView;
import dev.ltxflux.mock.view.SchedulerView;
import dev.ltxflux.mock.view.SettingsView;
import dev.ltxflux.mock.view.UploadView;
import dev.ltxflux.mock.view.ViewJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The mock's state as the admin views ({@code dev.ltxflux.mock.view}), for the admin API and the dashboard alike, and
 * their JSON: written by {@link ViewJson}'s mapper and passed through the {@link Redactor} last, so no answer of the
 * admin API carries the API token, the admin token or an account cookie, whatever a client put where.
 */
final class AdminViews {

    private final JobStore store;
    private final ArtifactLinks links;
    private final ServerControl control;
    private final Redactor redactor;
    private final ObjectMapper json = ViewJson.mapper();

    AdminViews(JobStore store, ArtifactLinks links, ServerControl control) {
        this.store = store;
        this.links = links;
        this.control = control;
        this.redactor = new Redactor(java.util.Arrays.asList(store.config().server().token(), store.config().edge().adminToken()));
    }

    /** Oldest first, in the order they were submitted. */
    List<JobView> jobs() {
        Instant now = store.clock().instant();
        return store.jobs().stream().map(j -> JobView.of(j, now)).toList();
    }

    /** Oldest first; each with a freshly signed link. */
    List<UploadView> uploads() {
        Instant expires = store.clock().instant().plus(store.config().storage().artifactTtl());
        return store.uploads().all().stream().sorted(Comparator.comparing(StoredUpload::createdAt))
                .map(u -> UploadView.of(u, links.url("", u.name(), expires))).toList();
    }

    /** Oldest first. */
    List<RequestView> requests() {
        return store.requests().all().stream().map(r -> RequestView.of(r, redactor)).toList();
    }

    /** Oldest first. */
    List<DeliveryView> webhooks() {
        return store.deliveries().all().stream().map(DeliveryView::of).toList();
    }

    ClockView clock() {
        Instant now = store.clock().instant();
        if (store.clock() instanceof ControllableClock c) {
            return new ClockView(now, true, c.isFrozen(), c.offset().toMillis());
        }
        return new ClockView(now, false, false, 0);
    }

    SettingsView settings() {
        var config = store.config();
        List<SettingsView.Account> accounts = store.accounts().all().stream()
                .map(a -> new SettingsView.Account(a.email(), a.unlimited() ? -1 : a.balance(), a.maxJobs())).toList();
        return new SettingsView(control.origin() + "/v1/ltxstudio", config.jobs().strict(), config.server().requestJournal(),
                config.edge().adminToken() != null, config.jobs().duration().toMillis(), config.jobs().pollInterval().toMillis(),
                config.jobs().completedWithoutArtifact(), accounts, List.copyOf(LtxRoutes.faultNames()),
                List.copyOf(LtxRoutes.jobRouteNames()));
    }

    /** The live ledger: every account now, in the order they were configured, with its running jobs. */
    List<AccountView> accounts() {
        List<MockJob> running = store.running();
        return store.accounts().all().stream()
                .map(a -> AccountView.of(a, (int) running.stream().filter(j -> j.account().equals(a.email())).count())).toList();
    }

    /** The running jobs (oldest first) and each account's slots: the API's scheduler views of the same registry. */
    SchedulerView scheduler() {
        Instant now = store.clock().instant();
        List<MockJob> running = store.running();
        List<SchedulerView.Running> jobs = running.stream().map(j -> new SchedulerView.Running(j.id(), j.uuid(), j.account(),
                j.createdAt(), SchedulerResponder.elapsed(Duration.between(j.createdAt(), now)), j.parameters().replyUrl(),
                j.parameters().replyRef())).toList();
        List<SchedulerView.Slots> slots = accounts().stream()
                .map(a -> new SchedulerView.Slots(a.email(), a.maxJobs(), a.executing(), a.available())).toList();
        return new SchedulerView(jobs, slots);
    }

    /** The assets to show per page at most. */
    static final int MAX_ASSET_LIMIT = 100;

    /**
     * One page of the assets of every account, newest first: what {@code GET assets/} lists (uploads while kept, the
     * artifacts of completed jobs), each with freshly signed same-origin links to it and its thumbnail.
     *
     * {@code query}'s limit is held to {@link #MAX_ASSET_LIMIT}.
     */
    AssetView.Page assets(AssetQuery query) {
        int page = query.page();
        int limit = Math.min(query.limit(), MAX_ASSET_LIMIT);
        String filter = query.filter();
        Instant now = store.clock().instant();
        var found = store.assetIndex().pageAll(page, limit,
                a -> (filter == null || filter.equals(a.kind())) && AssetListResponder.listed(store, a, now));
        Instant expires = now.plus(store.config().storage().artifactTtl());
        List<AssetView> items = found.items().stream().map(a -> asset(a, expires)).toList();
        return new AssetView.Page(items, filter, page, limit, found.total(), (found.total() + limit - 1) / limit);
    }

    private AssetView asset(IndexedAsset a, Instant expires) {
        String thumbnail = "images".equals(a.kind()) ? AssetView.thumbnailPath(a.id()) : null;
        return new AssetView(a.id(), a.account(), a.kind(), a.mimeType(), a.createdAt(), a.jobId(), a.fileId(),
                links.url("", a.name(), expires), thumbnail);
    }

    /** Everything at once; lists newest first, as the page shows them; the assets' page as asked. */
    DashboardView dashboard(AssetQuery assets) {
        return new DashboardView(settings(), clock(), reversed(jobs()), store.faultPlan().all(), reversed(webhooks()),
                reversed(uploads()), store.drifts().all(), reversed(requests()), accounts(), scheduler(),
                assets(assets));
    }

    /** Everything at once with the first page of every asset. */
    DashboardView dashboard() {
        return dashboard(new AssetQuery(1, LedgerAdminRoutes.DASHBOARD_ASSETS, null));
    }

    /** {@code value} as JSON with every secret hidden. */
    byte[] write(Object value) throws JsonProcessingException {
        return redactor.hide(json.writeValueAsString(value)).getBytes(StandardCharsets.UTF_8);
    }

    ObjectMapper json() {
        return json;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }
}
