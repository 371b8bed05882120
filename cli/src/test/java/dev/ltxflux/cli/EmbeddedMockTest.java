package dev.ltxflux.cli;

import static dev.ltxflux.cli.InProcessCli.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded mock (no token) across runs, in-process: its settings from {@code LTXFLUX_MOCK_*}, its own journal, a
 * later run's {@code status} and {@code wait} find its jobs, a link that dies with the run is not shown, and a job
 * unknown to the backend in use says where it was made.
 */
// its methods run at once: each has its own instance, @TempDir (its own $LTXFLUX_HOME) and embedded mocks, and several wait on a job
@Execution(ExecutionMode.CONCURRENT)
class EmbeddedMockTest {

    private static final Pattern JOB_ID = Pattern.compile("\\(job (email:[^ )]+)\\)");

    @TempDir
    Path dir;

    private static String jobId(InProcessCli.Run r) {
        Matcher m = JOB_ID.matcher(r.out());
        assertThat(m.find()).as(r.all()).isTrue();
        return m.group(1);
    }

    private void journal(InProcessCli cli, String file, String jobId) throws IOException {
        Files.createDirectories(cli.home());
        Files.writeString(cli.home().resolve(file), Instant.parse("2026-01-02T03:04:05Z") + "\t" + jobId + "\tedit\n");
    }

    @Test
    void theQuickStartEditsTheSampleAndSavesItInTheWorkingFolder() throws Exception {
        InProcessCli cli = InProcessCli.in(dir);
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "Add golden sunset lighting to the landscape", "--out", "sunset.png");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.err()).contains("using the embedded mock server at http://127.0.0.1:").contains("progress 100% completed")
                .contains("completed (waiting for the image link)");
        assertThat(r.out()).startsWith("Saved ").contains("sunset.png (job email:user@example.com-job:");
        var image = javax.imageio.ImageIO.read(cli.work().resolve("sunset.png").toFile());
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(288);
    }

    @Test
    void theJobDurationComesFromLtxfluxMockJobDuration() throws Exception {
        InProcessCli cli = InProcessCli.in(dir).env("LTXFLUX_MOCK_JOB_DURATION", "1500ms");
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--out", "o.png");
        assertThat(r.exit()).as(r.all()).isZero();
        try (Stream<Path> jobs = Files.list(cli.home().resolve("mock-state/jobs"))) {
            JsonNode job = new ObjectMapper().readTree(jobs.findFirst().orElseThrow().toFile());
            assertThat(Duration.between(Instant.parse(job.get("createdAt").asText()), Instant.parse(job.get("completesAt").asText())))
                    .isEqualTo(Duration.ofMillis(1500));
        }
        assertThat(r.err().lines().filter(l -> l.startsWith("progress ")).count())
                .as("polled every 50 ms ($LTXFLUX_POLL_INTERVAL), not after 1 s, 1.5 s, ...").isGreaterThanOrEqualTo(5);
    }

    @Test
    void aFlagOfTheMockIsSetFromItsVariableToo() {
        var quirk = InProcessCli.in(dir).run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--out", "a.png");
        var noQuirk = InProcessCli.in(dir).env("LTXFLUX_MOCK_NO_OUT_OF_SYNC", "true")
                .run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--out", "b.png");
        assertThat(quirk.err()).as("the mock's default: the first completed read has no link").contains("waiting for the image link");
        assertThat(noQuirk.exit()).as(noQuirk.all()).isZero();
        assertThat(noQuirk.err()).as("--no-out-of-sync from $LTXFLUX_MOCK_NO_OUT_OF_SYNC").doesNotContain("waiting for the image link");
        var positive = InProcessCli.in(dir).env("LTXFLUX_MOCK_OUT_OF_SYNC", "false")
                .run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--out", "c.png");
        assertThat(positive.err()).as("the same from $LTXFLUX_MOCK_OUT_OF_SYNC=false").doesNotContain("waiting for the image link");
        var bad = InProcessCli.in(dir).env("LTXFLUX_MOCK_STRICT", "yes").run("status", "x");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("error: $LTXFLUX_MOCK_STRICT must be true or false (was 'yes')");
    }

    @Test
    void aRefusedMockVariableIsNamedWithTheMocksOwnReason() {
        var r = InProcessCli.in(dir).env("LTXFLUX_MOCK_JOB_DURATION", "4").run("edit", "--image", SAMPLE.toString(), "--prompt", "p");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: $LTXFLUX_MOCK_JOB_DURATION is refused by the embedded mock: Invalid value for"
                + " option '--job-duration': '4' is not a duration (use e.g. 500ms, 4s, 2m, 1h) (or unset it)");
    }

    @Test
    void aRefusedPollIntervalIsNamedWithWhereItCameFrom() {
        var fromEnv = InProcessCli.in(dir).env(Connection.ENV_POLL_INTERVAL, "soon").run("status", "x");
        assertThat(fromEnv.exit()).isEqualTo(2);
        assertThat(fromEnv.err()).contains("error: $LTXFLUX_POLL_INTERVAL 'soon' is not a duration");
        var fromFlag = InProcessCli.in(dir).run("wait", "x", "--poll-interval", "0s");
        assertThat(fromFlag.exit()).isEqualTo(2);
        assertThat(fromFlag.err()).contains("error: --poll-interval must be positive (was 0ms)");
    }

    @Test
    void statusAndWaitOfALaterRunFindTheJobAndStatusShowsNoLinkThatDiesWithTheRun() throws Exception {
        InProcessCli cli = InProcessCli.in(dir);
        var edit = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--seed", "5", "--out", "first.png");
        assertThat(edit.exit()).as(edit.all()).isZero();
        String id = jobId(edit);

        var status = cli.run("status", id);
        assertThat(status.exit()).as(status.all()).isZero();
        assertThat(status.out()).contains("completed 100%").doesNotContain("http").doesNotContain("waiting for the image link");
        assertThat(status.err()).contains("note: the embedded mock's image link ends with this run, so it is not shown;"
                + " save the image with: java -jar cli/target/ltxflux.jar wait '" + id + "' --out '");
        var json = new ObjectMapper().readTree(cli.run("status", id, "--json").out());
        assertThat(json.at("/status/artifact/assetUrl").isMissingNode()).as(json.toString()).isTrue();

        var wait = cli.run("wait", id, "--out", "again.png");
        assertThat(wait.exit()).as(wait.all()).isZero();
        assertThat(Files.readAllBytes(cli.work().resolve("again.png"))).isEqualTo(Files.readAllBytes(cli.work().resolve("first.png")));

        var jobs = cli.run("jobs");
        assertThat(jobs.out()).contains(id);
        assertThat(jobs.err()).contains("embedded mock").contains(cli.home().resolve("mock-jobs.log").toString());
        assertThat(cli.home().resolve("jobs.log")).as("the API's journal holds no mock job").doesNotExist();
    }

    @Test
    void jobsWithATokenAndEmbeddedJobsAreJournaledApartAndEachSaysWhereTheOtherIs() throws Exception {
        try (LtxMockServer mock = new LtxMockServer(MockConfig.forTests()).start()) {
            InProcessCli embedded = InProcessCli.in(dir);
            InProcessCli withToken = InProcessCli.in(dir).against(mock.token(), mock.baseUrl());
            var edit = withToken.run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--out", "t.png");
            assertThat(edit.exit()).as(edit.all()).isZero();
            String apiJob = jobId(edit);
            String mockJob = "email:user@example.com-job:4e1c0d1e-0000-4000-8000-000000000001-type:image";
            journal(embedded, "mock-jobs.log", mockJob);

            var embeddedJobs = embedded.run("jobs");
            assertThat(embeddedJobs.out()).contains(mockJob).doesNotContain(apiJob);
            assertThat(embeddedJobs.err()).contains("jobs made by the embedded mock server (no token)").contains("1 job(s) sent with an API token");
            var apiJobs = withToken.run("jobs");
            assertThat(apiJobs.out()).contains(apiJob).doesNotContain(mockJob);
            assertThat(apiJobs.err()).contains("jobs sent with an API token");

            var apiJobWithoutToken = embedded.run("status", apiJob);
            assertThat(apiJobWithoutToken.exit()).isEqualTo(3);
            assertThat(apiJobWithoutToken.err()).contains("404: Job not found or has expired.")
                    .contains("note: this job was sent with an API token").doesNotContain("resume with");
            var mockJobWithToken = withToken.run("status", mockJob);
            assertThat(mockJobWithToken.exit()).isEqualTo(3);
            assertThat(mockJobWithToken.err()).contains("note: this job was made by the embedded mock")
                    .contains("run without --token and USEAPI_TOKEN");
        }
    }

    @Test
    void anEmbeddedJobNoLongerKeptSaysSoAndHowToRunAMockThatKeepsJobs() throws Exception {
        InProcessCli cli = InProcessCli.in(dir);
        String gone = "email:user@example.com-job:4e1c0d1e-0000-4000-8000-000000000002-type:image";
        journal(cli, "mock-jobs.log", gone);

        var r = cli.run("wait", gone, "--timeout", "20s");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("error: the API answered 404: Job not found or has expired.")
                .contains("note: this job was made by the embedded mock at 2026-01-02T03:04:05Z")
                .contains("keeps its jobs 1 h").contains("ltxflux.jar mock' in another terminal")
                .contains("LTXFLUX_BASE_URL=http://127.0.0.1:8089/v1/ltxstudio").doesNotContain("\tat ").doesNotContain("resume with");
    }

    @Test
    void theEmbeddedMockIgnoresPortAndBindFromTheEnvironment() {
        var r = InProcessCli.in(dir).env(Map.of("LTXFLUX_MOCK_PORT", "1", "LTXFLUX_MOCK_BIND", "0.0.0.0")).run("status", "x");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("using the embedded mock server at http://127.0.0.1:").doesNotContain("127.0.0.1:1/");
    }
}
