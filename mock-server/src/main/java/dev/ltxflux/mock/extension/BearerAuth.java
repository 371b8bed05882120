package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Every API route needs exactly one {@code Authorization: Bearer <token>}; anything else gets the documented 401 body. A CORS
 * preflight carries no credentials and is left to {@link CorsFilter}. Paths outside the API (signed artifact links) need none.
 * <p>
 * The routes' responders ask this before anything else (faults included), so the answer is the same as a filter's would
 * be; it is not a WireMock request filter because any stub request filter makes WireMock copy every request once more
 * (with a regex over its URL), which cost ~8 % of a status read.
 */
public final class BearerAuth {

    static final String API_PREFIX = "/v1/ltxstudio/";

    private final byte[] expected;
    private final Responses responses;

    public BearerAuth(String token, Responses responses) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.responses = responses;
    }

    /** The documented 401 for {@code request}, or null when it may go on (see the class comment). */
    ResponseDefinition refusal(Request request) {
        return admits(request) ? null : responses.error(401, "Unauthorized", null);
    }

    /**
     * Why {@code request} was refused with a 401, in words for the dashboard's request list: which rule failed, never
     * the token (neither the one sent nor the one expected).
     */
    static String reason(Request request) {
        var header = request.header("Authorization");
        if (header == null || !header.isPresent()) {
            return "no Authorization header: send Authorization: Bearer <the mock's --token>";
        }
        if (header.values().size() != 1) {
            return "Authorization was sent " + header.values().size() + " times: send it once";
        }
        if (!header.firstValue().startsWith("Bearer ")) {
            return "Authorization is not \"Bearer <token>\" (the scheme must be Bearer, then one space)";
        }
        return "wrong token: the bearer token is not the one this mock accepts (its --token; ltx.token() in JUnit)";
    }

    /** Whether {@code request} may go on: not an API path, a CORS preflight, or exactly one matching bearer header. */
    private boolean admits(Request request) {
        if (!request.getUrl().startsWith(API_PREFIX) || CorsFilter.isPreflight(request)) {
            return true;
        }
        var header = request.header("Authorization");
        String given = header != null && header.isPresent() && header.values().size() == 1 ? header.firstValue() : null;
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }
}
