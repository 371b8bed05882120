package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Set;

/**
 * CORS for browser apps, on the API and artifact routes only (never {@code /__admin}): a preflight from an allowed
 * origin is answered 204 before authentication (browsers send no credentials on a preflight), and every answer to an
 * allowed origin carries {@code Access-Control-Allow-Origin}, including the 401s and 4xx error bodies, so the app can
 * read them. Other origins get no CORS headers at all.
 */
public final class CorsFilter implements StubRequestFilterV2, ResponseTransformerV2 {

    public static final String NAME = "ltx-cors";
    private static final String ALLOW_HEADERS = "Authorization, Content-Type, " + FaultInjector.HEADER;

    private final Set<String> origins;
    private final boolean anyOrigin;

    public CorsFilter(List<String> origins) {
        this.origins = Set.copyOf(origins);
        this.anyOrigin = origins.contains("*");
    }

    /** Whether this request is a CORS preflight (which carries no credentials and must not be asked for them). */
    static boolean isPreflight(Request request) {
        return RequestMethod.OPTIONS.equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null;
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        String origin = allowedOrigin(request);
        if (origin == null || !isPreflight(request)) {
            return RequestFilterAction.continueWith(request);
        }
        String asked = request.getHeader("Access-Control-Request-Headers");
        return RequestFilterAction.stopWith(responseDefinition().withStatus(204)
                .withHeader("Access-Control-Allow-Origin", origin)
                .withHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                .withHeader("Access-Control-Allow-Headers", asked == null || asked.isBlank() ? ALLOW_HEADERS : asked)
                .withHeader("Access-Control-Max-Age", "600")
                .withHeader("Vary", "Origin")
                .build());
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        String origin = allowedOrigin(serveEvent.getRequest());
        if (origin == null || response.getHeaders().getHeader("Access-Control-Allow-Origin").isPresent()) {
            return response;
        }
        HttpHeaders headers = response.getHeaders() == null ? new HttpHeaders() : response.getHeaders();
        headers = headers.plus(new HttpHeader("Access-Control-Allow-Origin", origin), new HttpHeader("Vary", "Origin"),
                new HttpHeader("Access-Control-Expose-Headers", "Retry-After"));
        return Response.Builder.like(response).but().headers(headers).build();
    }

    /** The value for Access-Control-Allow-Origin, or null when this request gets no CORS headers. */
    private String allowedOrigin(Request request) {
        String url = request.getUrl();
        if (!url.startsWith(BearerAuth.API_PREFIX) && !url.startsWith(ArtifactResponder.PREFIX)) {
            return null;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return null;
        }
        if (anyOrigin) {
            return "*";
        }
        return origins.contains(origin) ? origin : null;
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
