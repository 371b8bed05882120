package dev.ltxflux.mock.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Planned faults, in order; each applies to a number of matching requests. Thread-safe. */
public final class FaultPlan {

    private final List<FaultRule> rules = new ArrayList<>();
    /** Whether any rule is planned: read without the lock by every request, so that an empty plan costs no lock. */
    private volatile boolean any;

    /** The route names a rule may name (null: any well-formed name), set once by whoever knows the route table. */
    private volatile java.util.Set<String> routes;

    /** The route names a {@code fail-job} rule may name (null: any), those whose requests make jobs. */
    private volatile java.util.Set<String> jobRoutes;

    /** Refuses, from now on, rules whose route is not one of {@code names}. */
    public void restrictTo(java.util.Set<String> names) {
        this.routes = java.util.Set.copyOf(names);
    }

    /**
     * Refuses, from now on, rules whose route is not one of {@code names}, and {@code fail-job} rules whose route is not
     * one of {@code makingJobs} (a rule no request could ever take would wait in the plan for ever).
     */
    public void restrictTo(java.util.Set<String> names, java.util.Set<String> makingJobs) {
        this.jobRoutes = java.util.Set.copyOf(makingJobs);
        this.routes = java.util.Set.copyOf(names);
    }

    public synchronized void add(FaultRule rule) {
        java.util.Set<String> known = routes;
        if (known != null && !known.contains(rule.route())) {
            throw new Rejection(400, "route: must be one of " + String.join(", ", new java.util.TreeSet<>(known)));
        }
        java.util.Set<String> making = jobRoutes;
        if (making != null && "fail-job".equals(rule.action()) && !making.contains(rule.route())) {
            throw new Rejection(400, "route: fail-job fails the next job made on its route, so it must name one of "
                    + String.join(", ", new java.util.TreeSet<>(making)) + " (" + rule.route() + " makes no job)");
        }
        rules.add(rule);
        any = true;
    }

    public synchronized List<FaultRule> all() {
        return List.copyOf(rules);
    }

    public synchronized void clear() {
        rules.clear();
        any = false;
    }

    /** Takes one use of the first planned fault for this route (and, when given, this action). */
    public Optional<FaultRule> take(String route, String action) {
        return any ? takePlanned(route, action) : Optional.empty();
    }

    private synchronized Optional<FaultRule> takePlanned(String route, String action) {
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            boolean actionMatches = action == null ? !"fail-job".equals(rule.action()) : action.equals(rule.action());
            if (rule.appliesTo(route) && actionMatches) {
                if (rule.times() > 1) {
                    rules.set(i, rule.used());
                } else {
                    rules.remove(i);
                    any = !rules.isEmpty();
                }
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
