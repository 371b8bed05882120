package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.out.ClientEventsPort;
import java.time.Duration;
import java.util.Objects;

/**
 * An observer that can never change a call's outcome: whatever the wrapped one throws, an {@link Error} included, is
 * caught and dropped (the SPI's contract).
 */
public final class GuardedEvents implements ClientEventsPort {

    private final ClientEventsPort delegate;

    private GuardedEvents(ClientEventsPort delegate) {
        this.delegate = delegate;
    }

    /** {@code events} guarded (returned as is when already guarded). */
    public static ClientEventsPort of(ClientEventsPort events) {
        Objects.requireNonNull(events, "events");
        return events instanceof GuardedEvents ? events : new GuardedEvents(events);
    }

    @Override
    public void callEnded(String operation, String outcome, Duration took) {
        guard(() -> delegate.callEnded(operation, outcome, took));
    }

    @Override
    public void retrying(String operation, int attempt, Duration delay) {
        guard(() -> delegate.retrying(operation, attempt, delay));
    }

    @Override
    public AwaitObservation awaitStarted(JobId id) {
        AwaitObservation[] started = {AwaitObservation.NONE};
        guard(() -> {
            AwaitObservation o = delegate.awaitStarted(id);
            started[0] = o == null ? AwaitObservation.NONE : o;
        });
        AwaitObservation observation = started[0];
        return outcome -> guard(() -> observation.ended(outcome));
    }

    @Override
    public void jobFinished(Job job) {
        guard(() -> delegate.jobFinished(job));
    }

    private static void guard(Runnable r) {
        try {
            r.run();
        } catch (Throwable ignored) {
            // an observer's failure is its own: the call it observed is not affected
        }
    }
}
