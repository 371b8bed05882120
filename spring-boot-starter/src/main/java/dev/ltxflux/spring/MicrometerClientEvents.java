package dev.ltxflux.spring;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.out.ClientEventsPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Objects;

/**
 * {@link ClientEventsPort} over Micrometer:
 * <ul>
 *   <li>timer {@value #REQUESTS}, tags {@code operation} (submit, status, upload, download) and {@code outcome}
 *       (success or the exception's simple name);</li>
 *   <li>counter {@value #RETRIES}, tag {@code operation};</li>
 *   <li>counter {@value #JOBS}, tag {@code status} (completed, failed) for each job seen reaching its final status;</li>
 *   <li>one {@link Observation} {@value #AWAIT} per await, low-cardinality key {@code outcome} (completed, failed,
 *       timed_out, cancelled, error); without an {@link ObservationRegistry}, a timer of that name instead.</li>
 * </ul>
 * No tag carries a job id or an account e-mail: they are unbounded and personal. Thread-safe.
 */
public final class MicrometerClientEvents implements ClientEventsPort {

    /** Timer of every call, retries included. */
    public static final String REQUESTS = "ltxflux.client.requests";
    /** Counter of retries. */
    public static final String RETRIES = "ltxflux.client.retries";
    /** Counter of jobs by final status. */
    public static final String JOBS = "ltxflux.client.jobs";
    /** Observation (or timer) of each await. */
    public static final String AWAIT = "ltxflux.client.await";

    private final MeterRegistry meters;
    private final ObservationRegistry observations;

    /**
     * @param meters       where timers and counters go
     * @param observations where await observations go; {@code null} to time awaits in {@code meters} instead
     */
    public MicrometerClientEvents(MeterRegistry meters, ObservationRegistry observations) {
        this.meters = Objects.requireNonNull(meters, "meters");
        this.observations = observations;
    }

    @Override
    public void callEnded(String operation, String outcome, Duration took) {
        Timer.builder(REQUESTS).description("ltxflux API calls, retries included")
                .tag("operation", operation).tag("outcome", outcome)
                .register(meters).record(took);
    }

    @Override
    public void retrying(String operation, int attempt, Duration delay) {
        Counter.builder(RETRIES).description("ltxflux API calls tried again").tag("operation", operation)
                .register(meters).increment();
    }

    @Override
    public void jobFinished(Job job) {
        String status = job.isDone() ? "completed" : job.isFailed() ? "failed" : job.status().wire();
        Counter.builder(JOBS).description("ltxflux jobs by final status").tag("status", status)
                .register(meters).increment();
    }

    @Override
    public AwaitObservation awaitStarted(JobId id) {
        if (observations == null) {
            Timer.Sample sample = Timer.start(meters);
            return outcome -> sample.stop(Timer.builder(AWAIT).description("ltxflux awaits of a job")
                    .tag("outcome", outcome).register(meters));
        }
        Observation observation = Observation.createNotStarted(AWAIT, observations)
                .contextualName("ltxflux await").start();
        return outcome -> observation.lowCardinalityKeyValue("outcome", outcome).stop();
    }
}
