package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ltxflux resume} and {@code ltxflux jobs resolve}, each command its own run against the mock sharing only
 * {@code $LTXFLUX_HOME} (in-process, {@link InProcessCli}): a job whose edit stopped waiting is resumed to the
 * {@code --out} its command gave, without a second submit; settling by hand names what is wrong.
 */
class ResumeFlowTest {

    @TempDir
    Path dir;

    private LtxMockServer mock;

    @AfterEach
    void stop() {
        if (mock != null) {
            mock.stop();
        }
    }

    private InProcessCli cli() {
        return InProcessCli.in(dir).env("LTXFLUX_JOURNAL_URL", null).against(mock.token(), mock.baseUrl());
    }

    @Test
    void resumeSavesAnUnfinishedJobWhereItsEditAskedWithoutASecondSubmit() {
        // long enough that the edit's 500 ms wait ends first, short enough that resume is quick
        mock = new LtxMockServer(MockConfig.forTests().toBuilder().jobDuration(Duration.ofSeconds(2)).build()).start();
        Path result = dir.resolve("edited.png");

        InProcessCli.Run edit = cli().run("edit", "--image", InProcessCli.SAMPLE.toString(), "--prompt", "Add a hat", "--out",
                result.toString(), "--timeout", "500ms");
        assertThat(edit.exit()).as(edit.all()).isEqualTo(ExitCode.TIMED_OUT);
        assertThat(result).doesNotExist();
        assertThat(cli().run("jobs").out()).contains("pending");

        InProcessCli.Run resume = cli().run("resume", "--timeout", "30s");

        assertThat(resume.exit()).as(resume.all()).isZero();
        assertThat(resume.out()).contains("saved ", result.toString(), "1 pending job(s) taken up");
        assertThat(result).exists();
        assertThat(cli().run("jobs").out()).contains("finished").doesNotContain("pending");
        assertThat(mock.store().registry().count()).as("one job made: resume never submits").isEqualTo(1);
        InProcessCli.Run again = cli().run("resume");
        assertThat(again.out()).contains("0 pending job(s) taken up");
    }

    @Test
    void resolvingAKeyTheJournalDoesNotHoldNamesItAndChangesNothing() {
        mock = new LtxMockServer(MockConfig.forTests()).start();

        InProcessCli.Run ghost = cli().run("jobs", "resolve", "ghost", "--abandon");
        assertThat(ghost.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(ghost.err()).contains("ghost", "not journaled");

        InProcessCli.Run both = cli().run("jobs", "resolve", "ghost");
        assertThat(both.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(both.err()).contains("<jobId>", "--abandon");
    }
}
