package dev.ltxflux.mock.extension;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.ltxflux.mock.extension.FaultInjector.Intercept;
import dev.ltxflux.mock.http.Failures;
import dev.ltxflux.mock.http.Failures.Verdict;
import dev.ltxflux.mock.state.Rejection;

/**
 * What every endpoint of the mock shares: the bearer check first, then planned faults, documented error bodies for every
 * refusal, and no 500 for anything a client sent. Per-stub: it answers only the stubs that name it.
 */
abstract class LtxResponder implements ResponseDefinitionTransformerV2 {

    private static final Logger LOG = LoggerFactory.getLogger(LtxResponder.class);

    protected final Responses responses;
    private final FaultInjector faults;
    private final String route;
    private final BearerAuth auth;

    LtxResponder(String route, Responses responses, FaultInjector faults, BearerAuth auth) {
        this.route = route;
        this.responses = responses;
        this.faults = faults;
        this.auth = auth;
    }

    /** The normal answer; throw {@link Rejection} for a documented refusal. */
    abstract ResponseDefinition respond(Request request);

    /** The answer on the named route of {@link LtxRoutes#TABLE}: for responders that serve several routes. */
    ResponseDefinition respond(String routeName, Request request) {
        return respond(request);
    }

    @Override
    public final ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        ResponseDefinition refused = auth.refusal(request);
        if (refused != null) {
            return refused;
        }
        try {
            String routeName = event.getStubMapping() != null && event.getStubMapping().getName() != null
                    ? event.getStubMapping().getName() : route;
            Intercept intercept = faults.intercept(routeName, request);
            if (intercept.response() != null) {
                return intercept.response();
            }
            ResponseDefinition answer = respond(routeName, request);
            if (intercept.delayMillis() <= 0) {
                return answer;
            }
            int base = answer.getFixedDelayMilliseconds() == null ? 0 : answer.getFixedDelayMilliseconds();
            return ResponseDefinitionBuilder.like(answer).withFixedDelay((int) (base + intercept.delayMillis())).build();
        } catch (Rejection rejection) {
            return responses.error(rejection);
        } catch (Exception failure) { // WireMock rethrows checked exceptions unchecked: catch them all
            Verdict verdict = Failures.classify(failure, 500, null);
            if (!verdict.clientError()) {
                LOG.error("responder failed on {} {}", request.getMethod(), request.getUrl(), failure);
            }
            return responses.error(verdict.status(), verdict.message(), null);
        }
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }

    /** The raw path of the request, without its query string. */
    static String path(Request request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    static String query(Request request, String name) {
        var p = request.queryParameter(name);
        return p != null && p.isPresent() ? p.firstValue() : null;
    }
}
