package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * Before any stub is matched, puts back LTX routes that some admin call removed (an import with
 * {@code deleteAllNotInImport}, a {@code mappings/remove} by body): whatever happens through WireMock's admin API, the
 * mock keeps its LTX behaviour. Every removal and reset of stubs goes through WireMock's stub lifecycle, which tells this
 * keeper: requests look the routes up only after one (six lookups per request were ~1 % of a status read).
 */
public final class RouteKeeper implements StubRequestFilterV2, StubLifecycleListener {

    public static final String NAME = "ltx-route-keeper";
    private final Admin admin;
    /** Whether a stub was removed or the stubs reset since the routes were last found complete. */
    private volatile boolean check = true;

    public RouteKeeper(Admin admin) {
        this.admin = admin;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (check) {
            // cleared before looking, so a removal while we look sets it again for the next request
            check = false;
            if (!LtxRoutes.installed(admin)) {
                LtxRoutes.ensureInstalled(admin);
            }
        }
        return RequestFilterAction.continueWith(request);
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
