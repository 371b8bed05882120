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
        if (delayMillis < 0 || delayMillis > 600_000) {
            throw new Rejection(400, "delayMillis: must be between 0 and 600000");
        }
        if (times < 1) {
            throw new Rejection(400, "times: must be at least 1");
        }
    }

    /**
     * A rule from its JSON form (the admin API's {@code POST /__admin/ltx/faults}): each number must be a JSON integer
     * in range, never clamped ({@code "times": 1e20} is refused, not read as 2147483647) nor truncated
     * ({@code "status": 500.5}); a field of the wrong type is refused naming it.
     */
    public static FaultRule fromJson(JsonNode n) {
        return new FaultRule(text(n, "route", "any"), text(n, "action", null),
                (int) integer(n, "status", 0, Integer.MIN_VALUE, Integer.MAX_VALUE),
                integer(n, "delayMillis", 0, Long.MIN_VALUE, Long.MAX_VALUE),
                (int) integer(n, "times", 1, Integer.MIN_VALUE, Integer.MAX_VALUE));
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

    /** {@code field} as a whole number within [{@code min}, {@code max}] ({@code 5.0} counts; {@code 1e20} for an int does not). */
    private static long integer(JsonNode n, String field, long absent, long min, long max) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isNumber()) {
            throw new Rejection(400, field + ": must be an integer");
        }
        if (!v.isIntegralNumber() && v.doubleValue() != Math.rint(v.doubleValue())) {
            throw new Rejection(400, field + ": must be an integer (was " + v + ")");
        }
        boolean inRange = v.isIntegralNumber() ? v.canConvertToLong() && v.longValue() >= min && v.longValue() <= max
                : v.doubleValue() >= min && v.doubleValue() <= max;
        if (!inRange) {
            throw new Rejection(400, field + ": must be an integer between " + min + " and " + max + " (was " + v + "); it is refused, not clamped");
        }
        return v.isIntegralNumber() ? v.longValue() : (long) v.doubleValue();
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
