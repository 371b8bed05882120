package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.ExactIntegers;
import dev.ltxflux.mock.state.FaultRule;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.Rejection;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Applies planned faults: the {@code X-Ltx-Mock-Fault} request header ({@code 402}, {@code 429}, {@code 500}, {@code drop},
 * {@code delay=1500}, {@code fail-job}) first, then the admin API's queue. Error statuses answer the documented body.
 */
public final class FaultInjector {

    /** The request header that asks for a fault on this one request. */
    public static final String HEADER = "X-Ltx-Mock-Fault";

    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "Error message",
            401, "Unauthorized",
            402, "Insufficient credits",
            404, Responses.JOB_NOT_FOUND,
            429, "Too many requests: the account is at its concurrent job limit",
            500, "Internal server error",
            502, "Bad gateway",
            503, "Service unavailable",
            596, "Account requires attention");

    private final JobStore store;
    private final Responses responses;

    public FaultInjector(JobStore store, Responses responses) {
        this.store = store;
        this.responses = responses;
    }

    /**
     * What a fault makes of this request: a response to send instead, an extra delay (as a response with only a
     * delay and no body: see {@link Intercept}), or nothing.
     */
    public Intercept intercept(String route, Request request) {
        Optional<FaultRule> rule = fromHeader(route, request.getHeader(HEADER));
        if (rule.isEmpty()) {
            rule = store.faultPlan().take(route, null);
        }
        return rule.map(r -> apply(route, r)).orElse(Intercept.NONE);
    }

    /** Whether this request asks its job to fail (header {@code fail-job}). */
    public static boolean asksJobToFail(Request request) {
        return "fail-job".equals(request.getHeader(HEADER));
    }

    private Optional<FaultRule> fromHeader(String route, String value) {
        if (value == null || value.isBlank() || "fail-job".equals(value)) {
            return Optional.empty();
        }
        if ("drop".equals(value)) {
            return Optional.of(new FaultRule(route, "drop", 0, 0, 1));
        }
        if (value.startsWith("delay=")) {
            String millis = value.substring(6);
            return Optional.of(new FaultRule(route, "delay", 0, number(millis, HEADER + " delay", 0, FaultRule.MAX_DELAY_MILLIS), 1));
        }
        return Optional.of(new FaultRule(route, "status", (int) number(value, HEADER, 400, 599), 0, 1));
    }

    /** A number of the header, read like every whole number a client sends ({@link ExactIntegers}), or a 400. */
    private static long number(String text, String field, long min, long max) {
        if (ExactIntegers.parse(text, field).isEmpty()) {
            throw new Rejection(400, HEADER + ": must be a status (400 to 599), drop, delay=<ms> (0 to " + FaultRule.MAX_DELAY_MILLIS
                    + ") or fail-job (was " + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + ")");
        }
        return ExactIntegers.within(text, field, min, max);
    }

    private Intercept apply(String route, FaultRule rule) {
        switch (rule.action()) {
            case "drop":
                return new Intercept(responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER).build(), 0);
            case "delay":
                return new Intercept(null, rule.delayMillis());
            default:
                int status = rule.status();
                if (status == 404 && "status".equals(route)) {
                    return new Intercept(responses.plain(404, Responses.JOB_NOT_FOUND), 0);
                }
                if (status == 404 && ("account".equals(route) || "account-remove".equals(route))) {
                    return new Intercept(responses.plain(404, AccountsResponder.ACCOUNT_NOT_FOUND), 0);
                }
                if (status == 402 && "account-create".equals(route)) {
                    return new Intercept(responses.error(402, "Subscription required", null), 0);
                }
                return new Intercept(responses.error(status, MESSAGES.getOrDefault(status, "Error " + status),
                        status == 429 || status == 503 ? Duration.ofSeconds(1) : null), 0);
        }
    }

    /**
     * A fault's effect.
     *
     * @param response    the response to send instead, or null to answer normally
     * @param delayMillis extra latency for the normal answer
     */
    public record Intercept(ResponseDefinition response, long delayMillis) {
        static final Intercept NONE = new Intercept(null, 0);
    }
}
