package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.Rejection;
import dev.ltxflux.mock.view.AccountView;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The admin routes of the API's newer state, for the dashboard and tests (no API token needed, the admin token when one
 * is set): {@code accounts} (the live ledger keyed by e-mail, never a cookie), {@code scheduler} (running jobs and free
 * slots), {@code DELETE scheduler/{job}} (stops tracking a running job, as the API's {@code DELETE scheduler/{jobId}}
 * does; {@code job} is its uuid or jobId), {@code assets?page&limit&filter} (every account's assets, newest first) and
 * {@code assets/{id}/thumbnail} (its large thumbnail) and {@code dashboard?assetPage&assetLimit&assetFilter}
 * (everything the page shows, in one answer).
 */
final class LedgerAdminRoutes implements AdminApiExtension {

    static final String NAME = "ltx-ledger-admin";
    /** The assets a dashboard page shows unless told otherwise. */
    static final int DASHBOARD_ASSETS = 12;
    private static final AssetQuery.Names ASSETS = new AssetQuery.Names("page", "limit", "filter", 20, AdminViews.MAX_ASSET_LIMIT);
    private static final AssetQuery.Names DASHBOARD = new AssetQuery.Names("assetPage", "assetLimit", "assetFilter", DASHBOARD_ASSETS,
            AdminViews.MAX_ASSET_LIMIT);

    private final JobStore store;
    private final AdminViews views;
    private final AdminAnswers answers;

    LedgerAdminRoutes(JobStore store, AdminViews views) {
        this.store = store;
        this.views = views;
        this.answers = new AdminAnswers(views);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/ltx/accounts", (admin, event, params) -> {
            Map<String, AccountView> byEmail = new LinkedHashMap<>();
            views.accounts().forEach(a -> byEmail.put(a.email(), a));
            return ok(byEmail);
        });
        router.add(RequestMethod.GET, "/ltx/scheduler", (admin, event, params) -> ok(views.scheduler()));
        router.add(RequestMethod.DELETE, "/ltx/scheduler/{job}", (admin, event, params) -> stop(params.get("job")));
        router.add(RequestMethod.GET, "/ltx/assets", (admin, event, params) ->
                answer(() -> views.assets(AssetQuery.of(event.getRequest(), ASSETS))));
        router.add(RequestMethod.GET, "/ltx/assets/{id}/thumbnail", (admin, event, params) -> thumbnail(params.get("id")));
        router.add(RequestMethod.GET, "/ltx/dashboard", (admin, event, params) ->
                answer(() -> views.dashboard(AssetQuery.of(event.getRequest(), DASHBOARD))));
    }

    /** Stops tracking a running job: it leaves the scheduler and frees its slot; its status read still answers. */
    private ResponseDefinition stop(String job) {
        String key = job == null ? "" : JobStatusResponder.percentDecode(job);
        MockJob found = (key.startsWith("email:") ? store.job(key) : store.jobByUuid(key)).orElse(null);
        boolean running = found != null && found.tracked() && found.phaseAt(store.clock().instant()) == MockJob.Phase.ACTIVE;
        if (!running || !found.stopTracking()) {
            return error(404, "job: no running job " + key + " (give the uuid or jobId of a job GET /__admin/ltx/scheduler lists)");
        }
        return ok(Map.of("stopped", found.id()));
    }

    /**
     * The large thumbnail of a listed asset (an upload, or a completed job's artifact), as the API's signed thumbnail link
     * serves it; through the admin API so that the dashboard's images never enter the request list of the API routes.
     */
    private ResponseDefinition thumbnail(String id) {
        MockJob job = store.jobByUuid(id).orElse(null);
        if (job != null && job.phaseAt(store.clock().instant()) != MockJob.Phase.COMPLETED) {
            return error(404, "id: job " + id + " has not completed: it has no image yet");
        }
        return ArtifactResponder.largeThumbnail(store, id)
                .map(t -> responseDefinition().withStatus(200).withHeader("Content-Type", t.mimeType())
                        .withHeader("Cache-Control", "private, max-age=86400").withHeader("X-Content-Type-Options", "nosniff")
                        .withBody(t.bytes()).build())
                .orElseGet(() -> error(404, "id: no asset " + id));
    }

    private interface View {
        Object get();
    }

    private ResponseDefinition answer(View view) {
        try {
            return ok(view.get());
        } catch (Rejection r) {
            return error(r.status(), r.getMessage());
        }
    }

    private ResponseDefinition ok(Object body) {
        return answers.ok(body);
    }

    private ResponseDefinition error(int status, String message) {
        return answers.error(status, message);
    }
}
