package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ltxflux.mock.http.RequestText;

/**
 * Refuses admin requests sent by a web page of another origin, inside a stock WireMock (our own server refuses them
 * earlier, in its Jetty edge, with the same rule: {@link RequestText#sameOrigin}). WireMock's admin context answers
 * CORS for any origin, so without this any site open in the developer's browser could read and steer the mock; the dashboard, served by the mock
 * itself, is same-origin and passes. Requests without {@code Origin} (curl, tests, clients) pass.
 */
public final class AdminOriginFilter implements AdminRequestFilterV2 {

    public static final String NAME = "ltx-admin-origin";

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String origin = request.getHeader("Origin");
        if (origin == null || RequestText.sameOrigin(origin, request.getHeader("Host"))) {
            return RequestFilterAction.continueWith(request);
        }
        return RequestFilterAction.stopWith(responseDefinition().withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"Origin: the admin API serves no other web origin (open the dashboard at /__admin/ltx/ui)\",\"code\":403}")
                .build());
    }

    @Override
    public String getName() {
        return NAME;
    }
}
