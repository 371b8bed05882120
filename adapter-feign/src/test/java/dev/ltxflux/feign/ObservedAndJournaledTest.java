package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.JournalWriteException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The observation SPI hears every call, retry, await and final job; a failing journal never loses a paid job's id. */
@Timeout(30)
class ObservedAndJournaledTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    @TempDir
    Path dir;

    /** Records every event as one line. */
    static final class Recorder implements ClientEventsPort {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void callEnded(String operation, String outcome, Duration took) {
            seen.add("call " + operation + " " + outcome + (took.isNegative() ? " NEGATIVE" : ""));
        }

        @Override
        public void retrying(String operation, int attempt, Duration delay) {
            seen.add("retry " + operation + " " + attempt);
        }

        @Override
        public AwaitObservation awaitStarted(JobId id) {
            seen.add("await started");
            return outcome -> seen.add("await " + outcome);
        }

        @Override
        public void jobFinished(Job job) {
            seen.add("finished " + job.status().wire());
        }
    }

    /** Throws from every method. */
    static final class Broken implements ClientEventsPort {
        @Override
        public void callEnded(String operation, String outcome, Duration took) {
            throw new IllegalStateException("observer bug");
        }

        @Override
        public void retrying(String operation, int attempt, Duration delay) {
            throw new IllegalStateException("observer bug");
        }

        @Override
        public AwaitObservation awaitStarted(JobId id) {
            throw new IllegalStateException("observer bug");
        }

        @Override
        public void jobFinished(Job job) {
            throw new StackOverflowError("observer bug");
        }
    }

    private EditImageCommand command(Path input) {
        return EditImageCommand.forFile(input, EditRequest.builder().prompt("p"), dir.resolve("out.png"),
                AwaitOptions.timeout(Duration.ofSeconds(20)));
    }

    private LtxClientBuilder builder(ClientEventsPort events) {
        return LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).events(events)
                .polling(new Backoff(Duration.ofMillis(50), 1.5, Duration.ofMillis(200)));
    }

    @Test
    void theWholeFlowIsObservedCallByCall() throws Exception {
        Path input = Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48));
        Recorder events = new Recorder();
        try (LtxClient client = builder(events).build()) {
            client.edit(command(input));
        }
        assertThat(events.seen).startsWith("call upload success", "call submit success", "await started", "call status success")
                .endsWith("finished completed", "await completed", "call download success")
                .noneMatch(s -> s.contains("NEGATIVE"));
    }

    @Test
    void retriesAndFailuresAreObservedWithTheirOutcome() throws Exception {
        Recorder events = new Recorder();
        try (HostileServer server = new HostileServer(HostileServer.answer(503, "{\"error\":\"down\",\"code\":503}"));
                LtxClient client = LtxClient.builder().baseUrl(server.baseUrl()).token("t0ken").events(events).maxAttempts(2)
                        .delays(d -> CompletableFuture.completedFuture(null)).build()) {
            org.assertj.core.api.Assertions.catchThrowable(() -> client.status(new JobId("j")));
        }
        assertThat(events.seen).containsExactly("retry status 1", "call status ServerException");
    }

    @Test
    void anObserverThatThrowsChangesNothing() throws Exception {
        Path input = Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48));
        try (LtxClient client = builder(new Broken()).build()) {
            assertThat(client.edit(command(input)).job().isDone()).isTrue();
        }
    }

    @Test
    void aJournalThatFailsAfterTheSubmitRaisesTheSubmissionWithItsId() throws Exception {
        JobJournalPort failing = new dev.ltxflux.core.testing.InMemoryJobJournal() {
            @Override
            public synchronized boolean transition(dev.ltxflux.core.model.journal.JobState expected,
                    dev.ltxflux.core.model.journal.JournalRecord next) {
                throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
            }
        };
        try (LtxClient client = builder(ClientEventsPort.NONE).journal(failing).build()) {
            String asset = client.upload(Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48))).fileId().value();
            JournalWriteException e = catchThrowableOfType(JournalWriteException.class,
                    () -> client.submit(EditRequest.builder().prompt("p").referenceAssetId(asset).build()));
            assertThat(e.submission()).isPresent();
            JobId id = e.submission().orElseThrow().jobId();
            assertThat(e.jobId()).contains(id);
            assertThat(e).hasMessageContaining(id.value()).hasMessageContaining("disk full");
            assertThat(client.await(id, AwaitOptions.timeout(Duration.ofSeconds(20))).isDone()).as("the job is real").isTrue();
        }
    }
}
