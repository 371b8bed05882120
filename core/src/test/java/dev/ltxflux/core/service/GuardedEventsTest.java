package dev.ltxflux.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.testing.Jobs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guard passes every event through, and nothing an observer throws (an Error included) reaches the caller. */
class GuardedEventsTest {

    private final List<String> heard = new ArrayList<>();

    private final ClientEventsPort recording = new ClientEventsPort() {
        @Override
        public void callEnded(String operation, String outcome, Duration took) {
            heard.add("callEnded " + operation + " " + outcome + " " + took.toMillis());
        }

        @Override
        public void retrying(String operation, int attempt, Duration delay) {
            heard.add("retrying " + operation + " " + attempt + " " + delay.toMillis());
        }

        @Override
        public AwaitObservation awaitStarted(JobId id) {
            heard.add("awaitStarted " + id.value());
            return outcome -> heard.add("ended " + outcome);
        }

        @Override
        public void jobFinished(Job job) {
            heard.add("jobFinished " + job.status().wire());
        }
    };

    /** Throws from everything, an Error where it hurts most. */
    private static final ClientEventsPort THROWING = new ClientEventsPort() {
        @Override
        public void callEnded(String operation, String outcome, Duration took) {
            throw new IllegalStateException("observer bug");
        }

        @Override
        public void retrying(String operation, int attempt, Duration delay) {
            throw new AssertionError("observer error");
        }

        @Override
        public AwaitObservation awaitStarted(JobId id) {
            throw new OutOfMemoryError("pretend");
        }

        @Override
        public void jobFinished(Job job) {
            throw new StackOverflowError("pretend");
        }
    };

    @Test
    void everyEventReachesTheObserverWithItsArguments() {
        ClientEventsPort guarded = GuardedEvents.of(recording);
        guarded.callEnded("submit", "success", Duration.ofMillis(12));
        guarded.retrying("status", 2, Duration.ofMillis(300));
        guarded.awaitStarted(new JobId("job-1")).ended("completed");
        guarded.jobFinished(Jobs.completed());
        assertThat(heard).containsExactly("callEnded submit success 12", "retrying status 2 300", "awaitStarted job-1",
                "ended completed", "jobFinished completed");
    }

    @Test
    void nothingAnObserverThrowsReachesTheCaller() {
        ClientEventsPort guarded = GuardedEvents.of(THROWING);
        assertThatCode(() -> {
            guarded.callEnded("submit", "success", Duration.ZERO);
            guarded.retrying("status", 1, Duration.ZERO);
            guarded.awaitStarted(new JobId("job-1")).ended("completed");
            guarded.jobFinished(Jobs.completed());
        }).doesNotThrowAnyException();
    }

    @Test
    void anObservationThatThrowsWhenEndedIsGuardedToo() {
        ClientEventsPort guarded = GuardedEvents.of(new ClientEventsPort() {
            @Override
            public AwaitObservation awaitStarted(JobId id) {
                return outcome -> {
                    throw new Error("ended broke");
                };
            }
        });
        assertThatCode(() -> guarded.awaitStarted(new JobId("job-1")).ended("failed")).doesNotThrowAnyException();
    }

    @Test
    void anObserverThatStartsNoObservationStillGivesOneThatCanBeEnded() {
        ClientEventsPort guarded = GuardedEvents.of(new ClientEventsPort() {
            @Override
            public AwaitObservation awaitStarted(JobId id) {
                return null;
            }
        });
        ClientEventsPort.AwaitObservation observation = guarded.awaitStarted(new JobId("job-1"));
        assertThat(observation).isNotNull();
        assertThatCode(() -> observation.ended("completed")).doesNotThrowAnyException();
    }

    @Test
    void guardingTwiceKeepsOneGuardAndNullIsRefused() {
        ClientEventsPort once = GuardedEvents.of(recording);
        assertThat(GuardedEvents.of(once)).isSameAs(once);
        assertThat(once).isNotSameAs(recording);
        assertThatThrownBy(() -> GuardedEvents.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theSilentObserverStartsAnObservationThatCanBeEnded() {
        ClientEventsPort.AwaitObservation o = ClientEventsPort.NONE.awaitStarted(new JobId("job-1"));
        assertThat(o).isNotNull();
        assertThatCode(() -> o.ended("completed")).doesNotThrowAnyException();
    }
}
