package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.function.Supplier;

/**
 * Before any stub is matched, puts back LTX routes that some admin call removed (an import with
 * {@code deleteAllNotInImport}, a {@code mappings/remove} by body): whatever happens through WireMock's admin API, the
 * mock keeps its LTX behaviour. Every removal and reset of stubs goes through WireMock's stub lifecycle, which tells this
 * keeper: requests look the routes up only after one (six lookups per request were ~1 % of a status read). It listens
 * before matching rather than filtering requests: any stub request filter makes WireMock copy each request once more.
 */
public final class RouteKeeper implements ServeEventListener, StubLifecycleListener {

    public static final String NAME = "ltx-route-keeper";
    private final Admin admin;
    private final Supplier<List<StubMapping>> routes;
    /** Whether a stub was removed or the stubs reset since the routes were last found complete. */
    private volatile boolean check = true;

    /** Keeps {@code routes} (a fresh copy each call: WireMock mutates the stubs it holds) in {@code admin}. */
    public RouteKeeper(Admin admin, Supplier<List<StubMapping>> routes) {
        this.admin = admin;
        this.routes = routes;
    }

    @Override
    public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
        if (check) {
            // cleared before looking, so a removal while we look sets it again for the next request
            check = false;
            List<StubMapping> wanted = routes.get();
            if (!LtxRoutes.installed(admin, wanted)) {
                LtxRoutes.ensureInstalled(admin, wanted);
            }
        }
    }

    @Override
    public void afterStubRemoved(StubMapping stub) {
        check = true;
    }

    @Override
    public void afterStubsReset() {
        check = true;
    }

    @Override
    public void afterStubEdited(StubMapping oldStub, StubMapping newStub) {
        check = true;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
