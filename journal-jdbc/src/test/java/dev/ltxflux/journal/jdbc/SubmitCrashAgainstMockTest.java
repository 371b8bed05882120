package dev.ltxflux.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase.Reconciliation;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase.Result;
import dev.ltxflux.core.port.in.ResumeJobsUseCase.Resumed;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.service.JobJournals;
import dev.ltxflux.core.service.ReconcileService;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.feign.LtxJobs;
import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.view.JobView;
import dev.ltxflux.mock.view.RequestView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash between the POST and the journal, for real: a real client in a JVM of its own submits an edit to the real
 * mock, whose delay fault holds the answer back; once the mock's request log shows the submit arrived the client is
 * killed with {@code kill -9}. Then, as {@code ltxflux resume} does, a client in this JVM reconciles the journal through
 * the mock's {@code GET scheduler} and resumes it: the intent gets exactly the job id the mock created, the mock saw
 * exactly one submit, and the wait ends with the image saved where the dead client was asked to save it. Once with the
 * JDBC journal on PostgreSQL, once with the file journal.
 */
class SubmitCrashAgainstMockTest {

    /** The mock's clock stands still: the job stays running (listed by GET scheduler) until the test moves it. */
    @RegisterExtension
    LtxMockExtension ltx = new LtxMockExtension().withManualClock();

    @TempDir
    Path dir;

    @Test
    void aClientKilledInsideItsSubmitIsReconciledToTheMocksJobAndNeverResubmittedWithTheJdbcJournal() throws Exception {
        crashReconcileAndResume(Postgres.url(Postgres.freshDatabase()));
    }

    @Test
    void aClientKilledInsideItsSubmitIsReconciledToTheMocksJobAndNeverResubmittedWithTheFileJournal() throws Exception {
        crashReconcileAndResume(dir.resolve("journal").resolve("jobs.log").toString());
    }

    private void crashReconcileAndResume(String journalLocation) throws Exception {
        LtxMockAdmin admin = ltx.admin();
        String asset = admin.uploads().get(0).fileId();
        admin.addFault(new LtxMockAdmin.Fault("submit", "delay", 0, 300_000, 1));
        Path out = dir.resolve("hat.png");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"), ClientSubmitMain.class.getName(), ltx.baseUrl(),
                ltx.token(), journalLocation, asset, out.toString()).redirectErrorStream(true).start();
        ByteArrayOutputStream childOutput = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> {
            try {
                child.getInputStream().transferTo(childOutput);
            } catch (java.io.IOException ended) {
                // the child was killed
            }
        });
        drain.setDaemon(true);
        drain.start();
        try {
            awaitFirstSubmit(admin, child);
            assertThat(child.isAlive()).as("the client is still inside its submit").isTrue();
        } finally {
            child.destroyForcibly(); // SIGKILL inside the submit: no shutdown hook, no journal write
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            drain.join(5_000);
        }
        assertThat(childOutput.toString(StandardCharsets.UTF_8)).doesNotContain("not killed");

        JobView made = single(admin.jobs());
        JobJournalPort journal = JobJournals.open(journalLocation, Clock.systemUTC());
        JournalRecord left = journal.find(new IntentKey(made.replyRef())).orElseThrow(
                () -> new AssertionError("no intent keyed by the replyRef the mock saw: " + made.replyRef()));
        assertThat(left.state()).as("the intent was durable before the POST; no answer reached it").isEqualTo(JobState.INTENT);
        assertThat(left.jobId()).isEmpty();
        assertThat(left.output()).contains(out.toString());

        try (LtxClient now = client(Clock.systemUTC())) {
            assertThat(LtxJobs.over(now, journalLocation, "too-soon").reconcile().reconcile())
                    .as("a fresh intent is left to its (maybe live) submit").isEmpty();
        }
        Clock afterGrace = Clock.offset(Clock.systemUTC(), ReconcileService.DEFAULT_INTENT_GRACE.plusSeconds(1));
        try (LtxClient survivor = client(afterGrace)) {
            LtxJobs jobs = LtxJobs.over(survivor, journalLocation, "survivor");
            List<Reconciliation> reconciled = jobs.reconcile().reconcile();

            assertThat(reconciled).singleElement().satisfies(r -> {
                assertThat(r.result()).isEqualTo(Result.ATTACHED);
                assertThat(r.jobId()).isEqualTo(new JobId(made.jobId()));
            });
            ltx.advance(Duration.ofSeconds(5)); // the mock's job ends
            List<Resumed> resumed = jobs.resume().resume(AwaitOptions.timeout(Duration.ofSeconds(20)), dir);
            assertThat(resumed).singleElement().satisfies(r -> {
                assertThat(r.jobId()).isEqualTo(new JobId(made.jobId()));
                assertThat(r.saved()).contains(out);
            });
        }
        assertThat(out).exists();
        assertThat(Files.size(out)).isPositive();
        JournalRecord after = JobJournals.open(journalLocation, Clock.systemUTC()).find(left.key()).orElseThrow();
        assertThat(after.state()).isEqualTo(JobState.FINISHED);
        assertThat(after.jobId()).contains(new JobId(made.jobId()));
        List<RequestView> requests = admin.requests();
        assertThat(requests.stream().filter(SubmitCrashAgainstMockTest::isSubmit)).as("submit POSTs the mock saw").hasSize(1);
        assertThat(requests.stream().filter(r -> r.method().equals("GET") && r.url().contains("/artifacts/")))
                .as("downloads of the image").hasSize(1);
        assertThat(admin.jobs()).as("the mock created exactly one job").hasSize(1);
    }

    private LtxClient client(Clock clock) {
        return LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).clock(clock)
                .polling(new Backoff(Duration.ofMillis(20), 1.5, Duration.ofMillis(100))).build();
    }

    static boolean isSubmit(RequestView r) {
        return r.method().equals("POST") && r.url().contains("/images/");
    }

    /** Polls the mock's request log (no fixed sleep) until the client's submit arrived. */
    private static void awaitFirstSubmit(LtxMockAdmin admin, Process child) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (admin.requests().stream().noneMatch(SubmitCrashAgainstMockTest::isSubmit)) {
            if (System.nanoTime() > end || !child.isAlive()) {
                throw new AssertionError("the client's submit never reached the mock (client alive: " + child.isAlive() + ")");
            }
            Thread.sleep(10);
        }
    }

    private static JobView single(List<JobView> jobs) {
        assertThat(jobs).as("jobs the mock created").hasSize(1);
        return jobs.get(0);
    }
}
