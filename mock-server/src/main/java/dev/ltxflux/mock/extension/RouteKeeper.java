package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Before any stub is matched, puts back LTX routes that some admin call removed (an import with
 * {@code deleteAllNotInImport}, a {@code mappings/remove} by body): whatever happens through WireMock's admin API, the
 * mock keeps its LTX behaviour.
 */
public final class RouteKeeper implements StubRequestFilterV2 {

    public static final String NAME = "ltx-route-keeper";
    private final Admin admin;

    public RouteKeeper(Admin admin) {
        this.admin = admin;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (!LtxRoutes.installed(admin)) {
            LtxRoutes.ensureInstalled(admin);
        }
        return RequestFilterAction.continueWith(request);
    }

    @Override
    public String getName() {
        return NAME;
    }
}
