package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code create} and {@code upscale} take what they read and write from the run's {@link CliEnvironment}, as
 * {@code edit} does: relative files from its working folder, and on an error the same hints (where the token came
 * from, the complete resume line).
 */
class CreateUpscaleEnvironmentTest {

    private static final Pattern JOB = Pattern.compile("\\(job (email:[^ )]+)\\)");

    @TempDir
    Path dir;

    @Test
    void relativeOutAndReferenceFilesAreReadAndWrittenInTheWorkingFolder() throws Exception {
        InProcessCli cli = InProcessCli.in(dir);
        Files.createDirectories(cli.work());
        Files.copy(InProcessCli.SAMPLE, cli.work().resolve("ref.png"));

        InProcessCli.Run created = cli.run("create", "--prompt", "a lake", "--reference", "ref.png", "--out", "made.png");
        assertThat(created.exit()).as(created.all()).isZero();
        assertThat(cli.work().resolve("made.png")).isNotEmptyFile();
        Matcher id = JOB.matcher(created.out());
        assertThat(id.find()).as(created.out()).isTrue();

        InProcessCli.Run upscaled = cli.run("upscale", id.group(1), "--out", "big.png");
        assertThat(upscaled.exit()).as(upscaled.all()).isZero();
        assertThat(cli.work().resolve("big.png")).isNotEmptyFile();
        assertThat(Path.of("made.png")).as("nothing lands in the test's own folder").doesNotExist();
    }

    @Test
    void aCreateThatTimesOutPrintsTheCompleteResumeLine() {
        InProcessCli.Run r = InProcessCli.in(dir).env("LTXFLUX_MOCK_JOB_DURATION", "1m")
                .run("create", "--prompt", "a lake", "--out", "late.png", "--timeout", "300ms");

        assertThat(r.exit()).as(r.all()).isEqualTo(ExitCode.TIMED_OUT);
        assertThat(r.err()).containsPattern("resume with: java -jar cli/target/ltxflux.jar wait 'email:[^']+' --out 'late.png'");
    }

    @Test
    void anUnauthorizedUpscaleSaysWhereTheTokenCameFrom() {
        try (var mock = new dev.ltxflux.mock.LtxMockServer(dev.ltxflux.mock.config.MockConfig.forTests()).start()) {
            InProcessCli.Run r = InProcessCli.in(dir).against("wrong-token", mock.baseUrl())
                    .run("upscale", "email:user@example.com-job:00000000-0000-4000-8000-000000000000-type:image");

            assertThat(r.exit()).as(r.all()).isEqualTo(ExitCode.API_ERROR);
            assertThat(r.err()).contains("401").contains("USEAPI_TOKEN");
        }
    }
}
