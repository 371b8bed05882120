package dev.ltxflux.mock.state;

/**
 * A planned misbehaviour, set through the admin API or the {@code X-Ltx-Mock-Fault} header.
 *
 * @param route   which endpoint it hits: the name of a route of the mock's route table ({@code submit}, {@code status},
 *                {@code upload}, {@code artifact}, {@code scheduler}, {@code account-create} …) or {@code any}; a plan
 *                that knows the table refuses other names ({@link FaultPlan#restrictTo})
 * @param action  {@code status} (answer {@link #status()} with the documented error body), {@code drop} (reset the
 *                connection), {@code delay} (answer normally after {@link #delayMillis()}), or {@code fail-job} (the
 *                next submitted job ends {@code failed})
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

    public boolean appliesTo(String requestRoute) {
        return "any".equals(route) || route.equals(requestRoute);
    }

    FaultRule used() {
        return new FaultRule(route, action, status, delayMillis, times - 1);
    }
}
