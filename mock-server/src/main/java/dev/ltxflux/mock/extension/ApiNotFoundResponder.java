package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The route for API paths the LTX API does not have: the documented-shape 404 its stub carries, after the same bearer
 * check as every other API route (so a request without a token learns nothing about which paths exist).
 */
public final class ApiNotFoundResponder implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "ltx-api-not-found";

    private final BearerAuth auth;

    public ApiNotFoundResponder(BearerAuth auth) {
        this.auth = auth;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        ResponseDefinition refused = auth.refusal(event.getRequest());
        return refused != null ? refused : event.getResponseDefinition();
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
