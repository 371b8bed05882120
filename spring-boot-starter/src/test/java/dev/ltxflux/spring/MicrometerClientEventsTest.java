package dev.ltxflux.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import dev.ltxflux.core.port.out.ClientEventsPort.AwaitObservation;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The adapter called as the client calls its port (the client's wiring of the port is tested in adapter-feign). */
class MicrometerClientEventsTest {

    private static final JobId ID = new JobId("email:user@example.com-job:7a34b821-9fd0-205e-d21b-4abc6f7839e7-type:image");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MicrometerClientEvents events = new MicrometerClientEvents(meters, null);

    @Test
    void eachCallIsTimedByOperationAndOutcome() {
        events.callEnded("submit", "success", Duration.ofMillis(120));
        events.callEnded("status", "success", Duration.ofMillis(10));
        events.callEnded("status", "success", Duration.ofMillis(30));
        events.callEnded("status", "RateLimitedException", Duration.ofMillis(5));

        assertThat(meters.get("ltxflux.client.requests").tags("operation", "status", "outcome", "success").timer().count()).isEqualTo(2);
        assertThat(meters.get("ltxflux.client.requests").tags("operation", "status", "outcome", "success").timer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40.0);
        assertThat(meters.get("ltxflux.client.requests").tags("operation", "submit").timer().count()).isEqualTo(1);
        assertThat(meters.get("ltxflux.client.requests").tags("outcome", "RateLimitedException").timer().count()).isEqualTo(1);
    }

    @Test
    void retriesAreCountedByOperation() {
        events.retrying("status", 1, Duration.ofMillis(500));
        events.retrying("status", 2, Duration.ofSeconds(1));
        events.retrying("upload", 1, Duration.ofMillis(500));
        assertThat(meters.get("ltxflux.client.retries").tags("operation", "status").counter().count()).isEqualTo(2.0);
        assertThat(meters.get("ltxflux.client.retries").tags("operation", "upload").counter().count()).isEqualTo(1.0);
    }

    @Test
    void finishedJobsAreCountedByFinalStatus() {
        Artifact artifact = Artifact.of(URI.create("https://storage.example.com/a.png"), null, null, null, null, null);
        events.jobFinished(Job.builder(ID, JobStatus.COMPLETED).artifact(artifact).build());
        events.jobFinished(Job.builder(ID, JobStatus.FAILED).message("content policy").build());
        events.jobFinished(Job.builder(ID, JobStatus.FAILED).build());
        assertThat(meters.get("ltxflux.client.jobs").tags("status", "completed").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("ltxflux.client.jobs").tags("status", "failed").counter().count()).isEqualTo(2.0);
    }

    @Test
    void eachAwaitIsAnObservationWithItsOutcome() {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        MicrometerClientEvents observed = new MicrometerClientEvents(meters, observations);

        AwaitObservation first = observed.awaitStarted(ID);
        AwaitObservation second = observed.awaitStarted(ID);
        first.ended("completed");
        second.ended("timed_out");

        assertThat(meters.get("ltxflux.client.await").tags("outcome", "completed").timer().count()).isEqualTo(1);
        assertThat(meters.get("ltxflux.client.await").tags("outcome", "timed_out").timer().count()).isEqualTo(1);
    }

    @Test
    void withoutAnObservationRegistryAwaitsAreTimed() {
        events.awaitStarted(ID).ended("failed");
        assertThat(meters.get("ltxflux.client.await").tags("outcome", "failed").timer().count()).isEqualTo(1);
    }

    @Test
    void noMeterCarriesTheJobIdOrTheAccount() {
        events.callEnded("status", "success", Duration.ofMillis(1));
        events.awaitStarted(ID).ended("completed");
        events.jobFinished(Job.builder(ID, JobStatus.FAILED).build());
        assertThat(meters.getMeters()).allSatisfy(m -> assertThat(m.getId().getTags().toString())
                .doesNotContain("user@example.com").doesNotContain("7a34b821"));
    }
}
