package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.FaultRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code cli/target/ltxflux.jar} as a user would, a separate process: the README's quick start, and the exit
 * codes the process ends with. (Every other case runs the command object in-process: {@link InProcessCli}.)
 */
// its methods run at once: each has its own instance, @TempDir, mock and process, and they mostly wait on a child JVM
@Execution(ExecutionMode.CONCURRENT)
class CliIT {

    private static final Path JAR = Path.of(System.getProperty("ltxflux.cli.jar", "target/ltxflux.jar"));
    private static final Path SAMPLE = Path.of(System.getProperty("ltxflux.samples", "../samples")).resolve("landscape.png");

    @TempDir
    Path dir;

    private LtxMockServer mock;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void startMock() {
        mock = new LtxMockServer(MockConfig.forTests().toBuilder().jobDuration(Duration.ofMillis(800)).build()).start();
    }

    @AfterEach
    void stopMock() {
        mock.stop();
    }

    private Run run(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(ChildJvm.flags());
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().remove("USEAPI_TOKEN");
        pb.environment().remove("LTXFLUX_BASE_URL");
        pb.environment().put("LTXFLUX_HOME", dir.resolve("home").toString());
        pb.environment().put("LTXFLUX_MOCK_JOB_DURATION", "300ms"); // the embedded mock's jobs, short
        pb.environment().put("LTXFLUX_POLL_INTERVAL", "100ms");
        pb.environment().putAll(extraEnv);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("ltxflux did not finish: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run runAgainstMock(String... args) throws IOException, InterruptedException {
        return run(Map.of("USEAPI_TOKEN", mock.token(), "LTXFLUX_BASE_URL", mock.baseUrl()), args);
    }

    @Test
    void quickStartEditsTheSampleAgainstTheEmbeddedMockWithoutAToken() throws Exception {
        Run r = run(Map.of(), "edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt",
                "Add golden sunset lighting to the landscape", "--out", "sunset.png");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("using the embedded mock server at http://127.0.0.1:").contains("progress 100% completed");
        assertThat(r.err()).contains("completed (waiting for the image link)");
        assertThat(r.out()).startsWith("Saved ").contains("sunset.png (job email:user@example.com-job:");
        var image = ImageIO.read(dir.resolve("sunset.png").toFile());
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(288);
    }

    @Test
    void invalidOptionsExitWith2NamingEachOptionAndSendNothing() throws Exception {
        Run r = runAgainstMock("edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", " ", "--aspect-ratio", "4:3",
                "--poll-for-result", "99");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: --prompt must not be blank")
                .contains("error: --aspect-ratio must be one of 16:9, 9:16, 1:1 (was '4:3')")
                .contains("error: --poll-for-result must be between 1 and 20");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(mock.store().jobs()).isEmpty();
    }

    @Test
    void failedJobExitsWith4() throws Exception {
        mock.store().addFault(new FaultRule("submit", "fail-job", 0, 0, 1));
        Run r = runAgainstMock("edit", "--image", SAMPLE.toAbsolutePath().toString(), "--prompt", "p");
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("failed: Generation failed");
    }

}
