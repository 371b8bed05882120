package dev.ltxflux.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import java.util.Set;

/** The JDK calls that read the wall clock, block for a time, or schedule on a timer, as ArchUnit call predicates. */
final class TimeApis {

    /** {@code X.now()} / {@code X.now(ZoneId)} of java.time, the system clocks, epoch counters, {@code new Date()}. */
    static final DescribedPredicate<JavaCall<?>> WALL_CLOCK_READS = DescribedPredicate.describe(
            "a wall-clock read (java.time now() without a Clock, Clock.system*/tick*, InstantSource.system,"
                    + " System.currentTimeMillis/nanoTime, new Date(), Calendar.getInstance)",
            TimeApis::readsTheWallClock);

    /** The same, except {@code System.nanoTime}: a monotonic elapsed time that bounds network I/O outside core. */
    static final DescribedPredicate<JavaCall<?>> WALL_CLOCK_READS_BUT_THE_MONOTONIC_TIMER = DescribedPredicate.describe(
            "a wall-clock read (as above; System.nanoTime, which measures elapsed real time only, excepted)",
            call -> readsTheWallClock(call) && !(owner(call).equals("java.lang.System") && call.getName().equals("nanoTime")));

    /** Thread.sleep, TimeUnit.sleep/timedWait/timedJoin, Object.wait(timeout), Thread.join(timeout), LockSupport.park*. */
    static final DescribedPredicate<JavaCall<?>> SLEEPS = DescribedPredicate.describe(
            "a sleep or timed wait (Thread.sleep, TimeUnit.sleep/timedWait/timedJoin, Object.wait(timeout),"
                    + " Thread.join(timeout), LockSupport.parkNanos/parkUntil)",
            TimeApis::sleeps);

    /** java.util.concurrent calls taking a TimeUnit (delayedExecutor, schedule*, orTimeout, get(timeout)...), Timer. */
    static final DescribedPredicate<JavaCall<?>> TIMERS = DescribedPredicate.describe(
            "a timer (any java.util.concurrent call with a TimeUnit, scheduled executors, java.util.Timer)",
            TimeApis::usesATimer);

    private static final Set<String> CLOCK_FACTORIES = Set.of(
            "systemUTC", "systemDefaultZone", "system", "tickMillis", "tickSeconds", "tickMinutes");

    private TimeApis() {
    }

    private static boolean readsTheWallClock(JavaCall<?> call) {
        String owner = owner(call);
        String name = call.getName();
        List<String> params = params(call);
        if (name.equals("now") && (owner.startsWith("java.time.")) && !params.contains("java.time.Clock")) {
            return true;
        }
        if (owner.equals("java.time.Clock") && CLOCK_FACTORIES.contains(name)) {
            return true;
        }
        if (owner.equals("java.time.InstantSource") && name.equals("system")) {
            return true;
        }
        if (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))) {
            return true;
        }
        if (owner.equals("java.util.Date") && call.getTarget().getName().equals("<init>") && params.isEmpty()) {
            return true;
        }
        return owner.equals("java.util.Calendar") && name.equals("getInstance");
    }

    private static boolean sleeps(JavaCall<?> call) {
        String owner = owner(call);
        String name = call.getName();
        List<String> params = params(call);
        JavaClass ownerClass = call.getTarget().getOwner();
        if (name.equals("sleep") && (ownerClass.isAssignableTo(Thread.class) || owner.equals("java.util.concurrent.TimeUnit"))) {
            return true;
        }
        if (owner.equals("java.util.concurrent.TimeUnit") && (name.equals("timedWait") || name.equals("timedJoin"))) {
            return true;
        }
        if (name.equals("wait") && !params.isEmpty()) {
            return true;
        }
        if (name.equals("join") && !params.isEmpty() && ownerClass.isAssignableTo(Thread.class)) {
            return true;
        }
        return owner.equals("java.util.concurrent.locks.LockSupport") && (name.equals("parkNanos") || name.equals("parkUntil"));
    }

    private static boolean usesATimer(JavaCall<?> call) {
        String owner = owner(call);
        String name = call.getName();
        if (owner.startsWith("java.util.concurrent.") && params(call).contains("java.util.concurrent.TimeUnit")) {
            return true;
        }
        if (owner.equals("java.util.concurrent.Executors")
                && (name.equals("newScheduledThreadPool") || name.equals("newSingleThreadScheduledExecutor"))) {
            return true;
        }
        return owner.equals("java.util.Timer") || owner.equals("java.util.concurrent.ScheduledThreadPoolExecutor");
    }

    private static String owner(JavaCall<?> call) {
        return call.getTarget().getOwner().getFullName();
    }

    private static List<String> params(JavaCall<?> call) {
        return call.getTarget().getRawParameterTypes().stream().map(JavaClass::getFullName).toList();
    }
}
