package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The route for API paths the LTX API does not have: the documented-shape 404 its stub carries, after the same bearer
 * check as every other API route (so a request without a token learns nothing about which paths exist), and the same
 * planned faults (its route name is one a fault may name, like every other answered route of {@link LtxRoutes#TABLE}).
 */
public final class ApiNotFoundResponder implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "ltx-api-not-found";

    static final String ROUTE = "api-not-found";

    private final BearerAuth auth;
    private final FaultInjector faults;

    public ApiNotFoundResponder(BearerAuth auth, FaultInjector faults) {
        this.auth = auth;
        this.faults = faults;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        ResponseDefinition refused = auth.refusal(event.getRequest());
        if (refused != null) {
            return refused;
        }
        FaultInjector.Intercept intercept;
        try {
            intercept = faults.intercept(ROUTE, event.getRequest());
        } catch (dev.ltxflux.mock.state.Rejection badHeader) {
            return event.getResponseDefinition(); // a malformed fault header on an unknown path: the 404 says enough
        }
        if (intercept.response() != null) {
            return intercept.response();
        }
        return intercept.delayMillis() <= 0 ? event.getResponseDefinition()
                : ResponseDefinitionBuilder.like(event.getResponseDefinition()).withFixedDelay((int) intercept.delayMillis()).build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
