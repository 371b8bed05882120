package dev.ltxflux.feign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The total deadline of the call the current thread is making, across its attempts and retry pauses (set by
 * {@link RetryPolicy}, read by {@link BoundedExchange}): every exchange of the call is cut to what is left of it, so a
 * new kind of call is bounded as soon as it goes through the retry layer.
 */
final class CallBudget {

    private static final ThreadLocal<CallBudget> CURRENT = new ThreadLocal<>();

    private final Clock clock;
    private final Instant deadline;
    private final Duration total;

    private CallBudget(Clock clock, Instant deadline, Duration total) {
        this.clock = clock;
        this.deadline = deadline;
        this.total = total;
    }

    /** Runs {@code call} within {@code total} from {@code start} (or the enclosing call's budget, if that ends sooner). */
    static <T> T within(Clock clock, Instant start, Duration total, Supplier<T> call) {
        CallBudget outer = CURRENT.get();
        Instant deadline = start.plus(total);
        CallBudget budget = outer != null && outer.deadline.isBefore(deadline) ? outer : new CallBudget(clock, deadline, total);
        CURRENT.set(budget);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The budget of the current thread's call, or null outside one. */
    static CallBudget current() {
        return CURRENT.get();
    }

    /** What is left, zero once passed. */
    Duration remaining() {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    boolean passed() {
        return !clock.instant().isBefore(deadline);
    }

    /** The whole budget, for messages. */
    Duration total() {
        return total;
    }

    /** How a duration is shown in messages: {@code 90s}, {@code 250ms}. */
    static String show(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
