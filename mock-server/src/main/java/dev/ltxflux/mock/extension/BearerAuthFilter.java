package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every API route needs exactly one {@code Authorization: Bearer <token>}; anything else gets the documented 401 body. A CORS
 * preflight carries no credentials and is left to {@link CorsFilter}.
 */
public final class BearerAuthFilter implements StubRequestFilterV2 {

    public static final String NAME = "ltx-bearer-auth";
    static final String API_PREFIX = "/v1/ltxstudio/";

    private final byte[] expected;
    private final Responses responses;

    public BearerAuthFilter(String token, Responses responses) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.responses = responses;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (!request.getUrl().startsWith(API_PREFIX) || CorsFilter.isPreflight(request)) {
            return RequestFilterAction.continueWith(request);
        }
        var header = request.header("Authorization");
        String given = header != null && header.isPresent() && header.values().size() == 1 ? header.firstValue() : null;
        boolean ok = given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
        return ok ? RequestFilterAction.continueWith(request)
                : RequestFilterAction.stopWith(responses.error(401, "Unauthorized", null));
    }

    @Override
    public String getName() {
        return NAME;
    }
}
