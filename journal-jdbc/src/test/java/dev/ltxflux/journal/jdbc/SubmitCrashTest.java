package dev.ltxflux.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.model.scheduler.RunningJob;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase.Reconciliation;
import dev.ltxflux.core.port.in.ReconcileJobsUseCase.Result;
import dev.ltxflux.core.port.in.ResumeJobsUseCase.Resumed;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.service.PaidJobService;
import dev.ltxflux.core.service.ReconcileService;
import dev.ltxflux.core.service.ResumeJobsService;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client killed with {@code kill -9} after its POST left and before the answer was journaled: the intent it made durable
 * first is found after the grace, reconciled to the right job id by the {@code replyRef} it carried, and resumed to its
 * {@code --out}; nothing is submitted again (the only submit port is the dead JVM's, and it was called once).
 */
class SubmitCrashTest {

    @TempDir
    Path dir;

    @Test
    void aClientKilledInsideItsSubmitIsReconciledToTheRightJobAndNeverResubmitted() throws Exception {
        String database = Postgres.freshDatabase();
        JdbcJobJournal journal = JdbcJobJournal.create(Postgres.dataSource(database));
        Path out = dir.resolve("hat.png");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SubmitCrashMain.class.getName(), Postgres.url(database),
                out.toString()).redirectErrorStream(true).start();
        List<String> posted = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while (posted.isEmpty() && (line = lines.readLine()) != null) {
                if (line.startsWith("posted ")) {
                    posted.add(line.substring("posted ".length()));
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL inside the submit
            child.waitFor();
        }
        assertThat(posted).hasSize(1);
        String replyRef = posted.get(0);
        JournalRecord left = journal.find(new IntentKey(replyRef)).orElseThrow();
        assertThat(left.state()).as("the intent was durable before the POST").isEqualTo(JobState.INTENT);
        assertThat(left.output()).contains(out.toString());

        JobId made = new JobId("email:user@example.com:3b18a1c2-0000-4000-8000-000000000001-type:image");
        JobId other = new JobId("email:user@example.com:3b18a1c2-0000-4000-8000-000000000002-type:image");
        List<RunningJob> scheduler = List.of(new RunningJob(other.value(), null, null, null, null, "someone-else"),
                new RunningJob(made.value(), null, null, null, null, replyRef));
        FleetApi api = new FleetApi(1);
        Clock tooSoon = Clock.systemUTC();
        Clock afterGrace = Clock.offset(Clock.systemUTC(), ReconcileService.DEFAULT_INTENT_GRACE.plusSeconds(1));
        assertThat(new ReconcileService(journal, () -> scheduler, q -> new AssetPage(List.of(), 0, 0, 1, 0, 1), api,
                tooSoon).reconcile()).as("a fresh intent is left to its (maybe live) submit").isEmpty();

        List<Reconciliation> reconciled = new ReconcileService(journal, () -> scheduler,
                q -> new AssetPage(List.of(), 0, 0, 1, 0, 1), api, afterGrace).reconcile();

        assertThat(reconciled).singleElement().satisfies(r -> {
            assertThat(r.result()).isEqualTo(Result.ATTACHED);
            assertThat(r.jobId()).isEqualTo(made);
        });
        PaidJobService paid = new PaidJobService(journal, api.awaiter(), api.downloads(), afterGrace, IntentKey::random,
                ClientEventsPort.NONE);
        List<Resumed> resumed = new ResumeJobsService(journal, api.awaiter(), paid, afterGrace, FleetApi.realDelays(),
                "survivor", Duration.ofMinutes(1), ResumeJobsService.DEFAULT_NOT_FOUND_GRACE)
                .resume(AwaitOptions.timeout(Duration.ofSeconds(10)), null);
        assertThat(resumed).singleElement().satisfies(r -> assertThat(r.saved()).contains(out));
        assertThat(out).exists();
        assertThat(journal.find(new IntentKey(replyRef)).orElseThrow().state()).isEqualTo(JobState.FINISHED);
        assertThat(api.downloads).containsOnlyKeys(made);
    }
}
