package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.journal.file.FileJobJournal;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import picocli.CommandLine;

/**
 * {@code create}, {@code upscale} and {@code edit --upscale} run in-process through the command object, with the CLI's
 * home in a temporary folder: the flows against a fast test mock ({@code --base-url}, {@code --poll-for-result} so the
 * submit answers the finished job), refusals and the 404 against the embedded mock (no token).
 */
class CreateUpscaleCommandsTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    private static final Pattern JOB = Pattern.compile("\\(job (email:[^ )]+)\\)");

    @TempDir
    Path dir;

    private InProcessCli cli;

    @BeforeEach
    void isolatedHome() {
        cli = InProcessCli.in(dir);
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        InProcessCli.Run r = cli.run(args);
        return new Run(r.exit(), r.out(), r.err());
    }

    private static List<String> jobIds(String out) {
        Matcher m = JOB.matcher(out);
        return m.results().map(r -> r.group(1)).toList();
    }

    /** The embedded mock's journal. */
    private List<JournalRecord> journal() {
        return FileJobJournal.open(cli.home().resolve(Connection.MOCK_JOURNAL)).recent(10);
    }

    /** The journal of calls sent with a token (here: to the test mock). */
    private List<JournalRecord> tokenJournal() {
        return FileJobJournal.open(cli.home().resolve(Connection.JOURNAL)).recent(10);
    }

    /** {@code args} against the fast test mock, the server holding each submit until its job is done. */
    private Run fast(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--token", ltx.token(), "--base-url", ltx.baseUrl(), "--poll-for-result", "10"));
        return run(all.toArray(String[]::new));
    }

    @Test
    void createThenUpscaleInALaterRunSavesTwiceTheSizeAndJournalsBoth() throws Exception {
        Path a = dir.resolve("a.png");
        Run created = fast("create", "--prompt", "a lighthouse at dusk", "--aspect-ratio", "1:1", "--style", "film_noir",
                "--seed", "3", "--out", a.toString());
        assertThat(created.code()).as(created.err()).isZero();
        String createdId = jobIds(created.out()).get(0);
        BufferedImage small = ImageIO.read(a.toFile());
        assertThat(small.getWidth()).isEqualTo(small.getHeight());

        Path b = dir.resolve("b.png");
        Run upscaled = fast("upscale", createdId, "--out", b.toString());
        assertThat(upscaled.code()).as(upscaled.err()).isZero();
        BufferedImage big = ImageIO.read(b.toFile());
        assertThat(big.getWidth()).isEqualTo(small.getWidth() * 2);
        assertThat(tokenJournal()).extracting(JournalRecord::operation).containsExactlyInAnyOrder("create", "upscale");
        assertThat(tokenJournal()).allSatisfy(r -> assertThat(r.state()).isEqualTo(JobState.FINISHED));
    }

    @Test
    void editWithUpscaleSavesBothImagesAndJournalsBothIds() throws Exception {
        Path in = dir.resolve("in.png");
        java.nio.file.Files.write(in, dev.ltxflux.mock.render.ImageEditor.sample(96, 54));
        Path out = dir.resolve("e.png");
        Run r = fast("edit", "--image", in.toString(), "--prompt", "add fog", "--out", out.toString(), "--upscale");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> ids = jobIds(r.out());
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(ImageIO.read(dir.resolve("e-2x.png").toFile()).getWidth()).isEqualTo(ImageIO.read(out.toFile()).getWidth() * 2);
        assertThat(tokenJournal()).extracting(rec -> rec.operation() + " " + rec.jobId().map(Object::toString).orElse("-"))
                .containsExactlyInAnyOrder("edit " + ids.get(0), "upscale " + ids.get(1));
    }

    @Test
    void badCreateAndUpscaleOptionsAreOneUsageErrorNamingEveryFieldAndSendNothing() {
        Run create = run("create", "--prompt", " ", "--model", "nano-banana", "--style", "anime", "--reference-strength", "101",
                "--out", dir.toString());
        assertThat(create.code()).isEqualTo(ExitCode.INVALID);
        assertThat(create.err()).contains("--prompt", "--style is not supported by model", "--reference-strength must be between 0 and 100", "--out");
        Run upscale = run("upscale", "email:user@example.com-job:1-type:video", "--max-jobs", "0");
        assertThat(upscale.code()).isEqualTo(ExitCode.INVALID);
        assertThat(upscale.err()).contains("<jobId> must name an image job", "--max-jobs");
        assertThat(journal()).isEmpty();
    }

    @Test
    void upscaleWithoutATokenUsesTheEmbeddedMockWhoseUnknownJobIsTheApisNotFound() {
        Run r = run("upscale", "email:user@example.com-job:00000000-0000-4000-8000-000000000000-type:image", "--out",
                dir.resolve("x.png").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.API_ERROR);
        assertThat(r.err()).contains("embedded mock server", "Job not found");
        assertThat(journal()).singleElement().satisfies(rec -> assertThat(rec.state()).isEqualTo(JobState.ABANDONED));
    }
}
