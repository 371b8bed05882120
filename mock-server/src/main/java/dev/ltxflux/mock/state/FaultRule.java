package dev.ltxflux.mock.state;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A planned misbehaviour, set through the admin API or the {@code X-Ltx-Mock-Fault} header.
 *
 * @param route   which endpoint it hits: the name of a route of the mock's route table ({@code submit}, {@code status},
 *                {@code upload}, {@code artifact}, {@code scheduler}, {@code account-create} …) or {@code any}; a plan
 *                that knows the table refuses other names ({@link FaultPlan#restrictTo})
 * @param action  {@code status} (answer {@link #status()} with the documented error body), {@code drop} (reset the
 *                connection), {@code delay} (answer normally after {@link #delayMillis()}), or {@code fail-job} (the
 *                next job made on its route ends {@code failed}: {@code submit}, {@code create}, {@code upscale}, or
 *                {@code any}; {@code submit} hits every paid route)
 * @param status  the HTTP status for {@code status}: 400, 401, 402, 429, 500, 502, 503, 596 …
 * @param delayMillis extra latency for {@code delay}
 * @param times   how many matching requests it applies to
 */
public record FaultRule(String route, String action, int status, long delayMillis, int times) {

    /** The longest delay a rule may add: ten minutes. */
    public static final long MAX_DELAY_MILLIS = 600_000;

    public FaultRule {
        route = route == null ? "any" : route;
        if (!route.matches("[a-z][a-z0-9-]{0,63}")) {
            throw new Rejection(400, "route: must be a route name of the mock (lower-case letters, digits, '-') or any");
        }
        if (!java.util.Set.of("status", "drop", "delay", "fail-job").contains(action == null ? "" : action)) {
            throw new Rejection(400, "action: must be one of status, drop, delay, fail-job");
        }
        if ("status".equals(action) && (status < 400 || status > 599)) {
            throw new Rejection(400, "status: must be between 400 and 599");
        }
        if (delayMillis < 0 || delayMillis > MAX_DELAY_MILLIS) {
            throw new Rejection(400, "delayMillis: must be between 0 and " + MAX_DELAY_MILLIS);
        }
        if (times < 1) {
            throw new Rejection(400, "times: must be at least 1");
        }
    }

    /**
     * A rule from its JSON form (the admin API's {@code POST /__admin/ltx/faults}), each number read by
     * {@link ExactIntegers}: a whole number in range, never clamped ({@code "times": 1e20} is refused, not read as
     * 2147483647), truncated ({@code "status": 500.5}) nor rounded ({@code "times": 1.0000000000000001} is not 1); a
     * field of the wrong type ({@code "times": "3"}) is refused naming it.
     */
    public static FaultRule fromJson(JsonNode n) {
        return new FaultRule(text(n, "route", "any"), text(n, "action", null),
                (int) integer(n, "status", 0, 0, 599),
                integer(n, "delayMillis", 0, 0, MAX_DELAY_MILLIS),
                (int) integer(n, "times", 1, 1, Integer.MAX_VALUE));
    }

    private static String text(JsonNode n, String field, String absent) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isTextual()) {
            throw new Rejection(400, field + ": must be a string");
        }
        return v.asText();
    }

    private static long integer(JsonNode n, String field, long absent, long min, long max) {
        Long v = ExactIntegers.field(n, field, min, max);
        return v == null ? absent : v;
    }

    /** The paid submits: a rule planned for {@code submit} hits each of them (edit, create, upscale alike). */
    private static final java.util.Set<String> PAID = java.util.Set.of("submit", "create", "upscale");

    /** Whether this rule hits a request on {@code requestRoute}: its own route, {@code any}, or {@code submit} for every paid route. */
    public boolean appliesTo(String requestRoute) {
        return "any".equals(route) || route.equals(requestRoute) || "submit".equals(route) && PAID.contains(requestRoute);
    }

    FaultRule used() {
        return new FaultRule(route, action, status, delayMillis, times - 1);
    }
}
