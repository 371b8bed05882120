package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ltxflux resume} and {@code ltxflux jobs resolve}, as separate processes against the mock: a job whose edit
 * stopped waiting is resumed to the {@code --out} its command gave, without a second submit; settling by hand names
 * what is wrong.
 */
class CliResumeIT {

    private static final Path JAR = Path.of(System.getProperty("ltxflux.cli.jar", "target/ltxflux.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("ltxflux.samples", "../samples")).resolve("landscape.png");

    @TempDir
    Path dir;

    private LtxMockServer mock;

    record Run(int exit, String out, String err) {
    }

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
        }
    }

    private Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Path work = Files.createDirectories(dir.resolve("work"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile());
        pb.environment().remove("LTXFLUX_JOURNAL_URL");
        pb.environment().putAll(Map.of("LTXFLUX_HOME", dir.resolve("home").toString(), "USEAPI_TOKEN", mock.token(),
                "LTXFLUX_BASE_URL", mock.baseUrl()));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ltxflux did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void resumeSavesAnUnfinishedJobWhereItsEditAskedWithoutASecondSubmit() throws Exception {
        mock = new LtxMockServer(MockConfig.forTests().toBuilder().jobDuration(Duration.ofSeconds(3)).build()).start();
        Path result = dir.resolve("edited.png");

        Run edit = run("edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "Add a hat", "--out",
                result.toString(), "--timeout", "500ms");
        assertThat(edit.exit()).as(edit.err()).isEqualTo(ExitCode.TIMED_OUT);
        assertThat(result).doesNotExist();
        assertThat(run("jobs").out()).contains("pending");

        Run resume = run("resume", "--timeout", "30s");

        assertThat(resume.exit()).as(resume.err()).isZero();
        assertThat(resume.out()).contains("saved ", result.toString(), "1 pending job(s) taken up");
        assertThat(result).exists();
        assertThat(run("jobs").out()).contains("finished").doesNotContain("pending");
        assertThat(mock.store().registry().count()).as("one job made: resume never submits").isEqualTo(1);
        Run again = run("resume");
        assertThat(again.out()).contains("0 pending job(s) taken up");
    }

    @Test
    void resolvingAKeyTheJournalDoesNotHoldNamesItAndChangesNothing() throws Exception {
        mock = new LtxMockServer(MockConfig.forTests()).start();

        Run ghost = run("jobs", "resolve", "ghost", "--abandon");
        assertThat(ghost.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(ghost.err()).contains("ghost", "not journaled");

        Run both = run("jobs", "resolve", "ghost");
        assertThat(both.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(both.err()).contains("<jobId>", "--abandon");
    }
}
