package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.ExtensionFactory;
import com.github.tomakehurst.wiremock.extension.WireMockServices;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.schemas.SchemaCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Builds every extension of the mock around one shared {@link JobStore}, clock and config: no statics. */
public final class LtxMockExtensions implements ExtensionFactory {

    private final JobStore store;
    private final SchemaCatalog catalog;
    private final Responses responses;
    private final WebhookSender webhooks;
    private final ArtifactLinks links = new ArtifactLinks();
    private final ServerControl control;
    private final Supplier<List<StubMapping>> routes;

    /** The extensions of the mock's own server, which keeps all of {@link LtxRoutes#routes()}. */
    public LtxMockExtensions(JobStore store, SchemaCatalog catalog, ServerControl control) {
        this(store, catalog, control, LtxRoutes::routes);
    }

    /**
     * The extensions around {@code store}, keeping {@code routes} installed: {@link LtxRoutes#routes()} in the mock's own
     * server, {@link LtxRoutes#apiRoutes()} in a user's stock WireMock (whose other paths stay WireMock's).
     */
    public LtxMockExtensions(JobStore store, SchemaCatalog catalog, ServerControl control, Supplier<List<StubMapping>> routes) {
        this.routes = routes;
        this.store = store;
        store.faultPlan().restrictTo(LtxRoutes.faultNames(), LtxRoutes.jobRouteNames());
        this.catalog = catalog;
        this.control = control;
        this.responses = new Responses(store, store.config().jobs().strict() ? catalog : null, links);
        this.webhooks = new WebhookSender(store, responses, control);
    }

    @Override
    public List<Extension> create(WireMockServices services) {
        FaultInjector faults = new FaultInjector(store, responses);
        BearerAuth auth = new BearerAuth(store.config().server().token(), responses);
        // no stub request filter unless an opt-in needs one (CORS): each makes WireMock copy every request once more
        List<Extension> extensions = new ArrayList<>(List.of(
                new RouteKeeper(services.getAdmin(), routes),
                new AdminSafetyFilter(store, services.getAdmin(), control, admin -> LtxRoutes.ensureInstalled(admin, routes.get())),
                new SubmitResponder(store, catalog, responses, faults, webhooks, control, auth),
                new CreateResponder(store, catalog, responses, faults, webhooks, control, auth),
                new UpscaleResponder(store, catalog, responses, faults, webhooks, control, auth),
                new JobStatusResponder(store, responses, faults, auth),
                new UploadResponder(store, responses, faults, links, control, auth),
                new ArtifactResponder(store, responses, faults, links, auth),
                new AssetListResponder(store, responses, faults, links, control, auth),
                new SchedulerResponder(store, responses, faults, auth),
                new AccountsResponder(store, catalog, responses, faults, auth),
                new ApiNotFoundResponder(auth, faults)));
        AdminViews views = new AdminViews(store, links, control);
        extensions.add(new LtxAdminApi(store, views, webhooks));
        extensions.add(new DashboardResource(store, links, views));
        extensions.add(new LedgerAdminRoutes(store, views));
        if (store.config().server().requestJournal()) {
            // opt-in like WireMock's journal: it works on every request, so the default hot path stays as it was
            extensions.add(new RequestHistory(store.requests(), store.clock()));
        }
        if (!store.config().server().corsOrigins().isEmpty()) {
            extensions.add(new CorsFilter(store.config().server().corsOrigins()));
        }
        if (store.config().server().verbose()) {
            extensions.add(new RequestLogger());
        }
        return extensions;
    }

    /** Stops background work (webhook deliveries). */
    public void close() {
        webhooks.close();
    }
}
