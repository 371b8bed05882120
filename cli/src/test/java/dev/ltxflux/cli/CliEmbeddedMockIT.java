package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded mock (no token) across runs, as separate processes: its jobs have their own journal, a later run's
 * {@code status} and {@code wait} find them (the mock's state is kept in {@code $LTXFLUX_HOME/mock-state}), a job
 * unknown to the backend in use says where it was made, and {@code ltxflux mock} on a busy port is one line.
 */
class CliEmbeddedMockIT {

    private static final Path JAR = Path.of(System.getProperty("ltxflux.cli.jar", "target/ltxflux.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("ltxflux.samples", "../samples")).resolve("landscape.png");
    private static final Pattern JOB_ID = Pattern.compile("\\(job (email:[^ )]+)\\)");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Path home() {
        return dir.resolve("home");
    }

    private ProcessBuilder process(Map<String, String> env, String... args) throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        pb.environment().remove("USEAPI_TOKEN");
        pb.environment().remove("LTXFLUX_BASE_URL");
        pb.environment().put("LTXFLUX_HOME", home().toString());
        pb.environment().putAll(env);
        return pb.redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
    }

    private Run finish(Process p) throws Exception {
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ltxflux did not finish");
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        return finish(process(env, args).start());
    }

    private Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    private static String jobId(Run r) {
        Matcher m = JOB_ID.matcher(r.out());
        assertThat(m.find()).as(r.out() + r.err()).isTrue();
        return m.group(1);
    }

    private void journal(String file, String jobId) throws IOException {
        Files.createDirectories(home());
        Files.writeString(home().resolve(file), Instant.parse("2026-01-02T03:04:05Z") + "\t" + jobId + "\tedit\n");
    }

    @Test
    void statusAndWaitOfALaterRunFindTheJobAnEarlierEmbeddedRunMade() throws Exception {
        Run edit = run("edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p", "--seed", "5", "--out", "first.png");
        assertThat(edit.exit()).as(edit.err()).isZero();
        String id = jobId(edit);

        Run status = run("status", id);
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).as("the first completed read was served in the earlier run").contains("completed 100%")
                .doesNotContain("waiting for the image link");

        Run wait = run("wait", id, "--out", "again.png");
        assertThat(wait.exit()).as(wait.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("work/again.png"))).isEqualTo(Files.readAllBytes(dir.resolve("work/first.png")));

        Run jobs = run("jobs");
        assertThat(jobs.out()).contains(id);
        assertThat(jobs.err()).contains("embedded mock").contains(home().resolve("mock-jobs.log").toString());
        assertThat(home().resolve("jobs.log")).as("the API's journal holds no mock job").doesNotExist();
    }

    @Test
    void aJobOfAnEmbeddedRunStoppedWhileWaitingIsResumedByTheNextRun() throws Exception {
        Process p = process(Map.of(), "edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p", "--out", "o.png").start();
        Path err = dir.resolve("stderr.txt");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(err).contains("progress ") && System.nanoTime() < until && p.isAlive()) {
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
        new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).start().waitFor();
        Run stopped = finish(p);
        Matcher m = Pattern.compile("wait '([^']+)'").matcher(stopped.err());
        assertThat(m.find()).as(stopped.err()).isTrue();

        Run resumed = run("wait", m.group(1), "--out", "resumed.png");

        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(ImageIO.read(dir.resolve("work/resumed.png").toFile())).isNotNull();
    }

    @Test
    void jobsWithATokenAndEmbeddedJobsAreJournaledApartAndEachSaysWhereTheOtherIs() throws Exception {
        try (LtxMockServer mock = new LtxMockServer(MockConfig.forTests()).start()) {
            Map<String, String> withToken = Map.of("USEAPI_TOKEN", mock.token(), "LTXFLUX_BASE_URL", mock.baseUrl());
            Run edit = run(withToken, "edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p", "--out", "t.png");
            assertThat(edit.exit()).as(edit.err()).isZero();
            String apiJob = jobId(edit);
            String mockJob = "email:user@example.com-job:4e1c0d1e-0000-4000-8000-000000000001-type:image";
            journal("mock-jobs.log", mockJob);

            Run embeddedJobs = run("jobs");
            assertThat(embeddedJobs.out()).contains(mockJob).doesNotContain(apiJob);
            assertThat(embeddedJobs.err()).contains("jobs made by the embedded mock server (no token)")
                    .contains("1 job(s) sent with an API token");
            Run apiJobs = run(withToken, "jobs");
            assertThat(apiJobs.out()).contains(apiJob).doesNotContain(mockJob);
            assertThat(apiJobs.err()).contains("jobs sent with an API token");

            Run apiJobWithoutToken = run("status", apiJob);
            assertThat(apiJobWithoutToken.exit()).isEqualTo(3);
            assertThat(apiJobWithoutToken.err()).contains("404: Job not found or has expired.")
                    .contains("note: this job was sent with an API token").doesNotContain("resume with");
            Run mockJobWithToken = run(withToken, "status", mockJob);
            assertThat(mockJobWithToken.exit()).isEqualTo(3);
            assertThat(mockJobWithToken.err()).contains("note: this job was made by the embedded mock")
                    .contains("run without --token and USEAPI_TOKEN");
        }
    }

    @Test
    void anEmbeddedJobNoLongerKeptSaysSoAndHowToRunAMockThatKeepsJobs() throws Exception {
        String gone = "email:user@example.com-job:4e1c0d1e-0000-4000-8000-000000000002-type:image";
        journal("mock-jobs.log", gone);

        Run r = run("wait", gone, "--timeout", "20s");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("error: the API answered 404: Job not found or has expired.")
                .contains("note: this job was made by the embedded mock at 2026-01-02T03:04:05Z")
                .contains("keeps its jobs 1 h").contains("ltxflux.jar mock' in another terminal")
                .contains("LTXFLUX_BASE_URL=http://127.0.0.1:8089/v1/ltxstudio").doesNotContain("\tat ");
    }

    @Test
    void mockOnABusyPortIsOneClearLineWithExit2() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run r = run("mock", "--port", Integer.toString(busy.getLocalPort()));

            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("ltxflux mock: --port " + busy.getLocalPort()
                    + " is already in use on 127.0.0.1 (another mock running? stop it, choose another --port, or --port 0 for a free one)");
        }
    }
}
