package dev.ltxflux.cli;

import static dev.ltxflux.cli.InProcessCli.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edit}'s options are checked before anything is sent, and each problem is one line in the options' own terms:
 * what was wrong and what to give instead (exit 2, nothing uploaded or submitted). In-process, against a loopback mock.
 */
class EditOptionsTest {

    @TempDir
    Path dir;

    private LtxMockServer mock;
    private InProcessCli cli;

    @BeforeEach
    void start() {
        mock = new LtxMockServer(MockConfig.forTests()).start();
        cli = InProcessCli.in(dir).against(mock.token(), mock.baseUrl());
    }

    @AfterEach
    void stop() {
        mock.stop();
    }

    private void assertNothingSent() {
        assertThat(mock.store().jobs()).isEmpty();
        assertThat(mock.store().uploadCount()).as("only the preloaded example").isEqualTo(1);
    }

    @Test
    void invalidOptionsExitWith2NamingEachOptionAndSendNothing() {
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", " ", "--aspect-ratio", "4:3", "--poll-for-result", "99");
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("error: --prompt must not be blank")
                .contains("error: --aspect-ratio must be one of 16:9, 9:16, 1:1 (was '4:3')")
                .contains("error: --poll-for-result must be between 1 and 20")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertNothingSent();
    }

    @Test
    void anUnknownOptionIsOneLineAndAPointerToHelpNotTheWholeUsage() {
        var r = cli.run("edit", "--prompt", "p", "--frobnicate");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("error: Unknown option: '--frobnicate'").contains("Run 'ltxflux edit --help' for its options.")
                .doesNotContain("Usage:");
        assertThat(r.err().lines().count()).as(r.err()).isLessThanOrEqualTo(3);
    }

    @Test
    void aMissingImageFileIsOneLineNamingTheFileAndNotAMissingReference() {
        var r = cli.run("edit", "--image", "nope.png", "--prompt", "p");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).as("one line").isEqualTo("error: --image must be an existing file (" + cli.work().resolve("nope.png") + ")");
        assertNothingSent();
    }

    @Test
    void aFileThatIsNotAnImageIsOneLineAndNotAMissingReference() throws Exception {
        Path text = Files.writeString(Files.createDirectories(cli.work()).resolve("notes.png"), "not an image");
        var r = cli.run("edit", "--image", "notes.png", "--prompt", "p");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: --image must be a PNG, JPEG or WebP image (" + text + ")");
        assertNothingSent();
    }

    @Test
    void noImageAtAllSaysImageIsRequiredAndOffersAsset() {
        var r = cli.run("edit", "--prompt", "p");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: --image is required").contains("--asset").doesNotContain("--reference")
                .doesNotContain("\n");
        assertNothingSent();
    }

    @Test
    void twoReferencesWithFluxSayFluxTakesTwoImagesInAllAndWhichModelsTakeThree() {
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "blend", "--reference", "asset:a", "--reference", "asset:b");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: --reference was given 2 times, but model 'flux' (the default: no --model given)"
                + " takes at most 2 images in all (--image or --asset, plus 1 --reference); for 3, use --model flux-premium or nano-banana");
        assertThat(r.err()).doesNotContain("not supported");
        assertNothingSent();
    }

    @Test
    void oneReferenceWithFluxIsSent() {
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "blend", "--model", "flux", "--reference", SAMPLE.toString(),
                "--out", "one.png");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(mock.store().uploadCount()).as("the image and its reference, plus the preloaded example").isEqualTo(3);
    }

    @Test
    void extraReferenceFilesAreUploadedAndSentAsReferenceAssetId2And3() {
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "blend", "--model", "flux-premium",
                "--reference", SAMPLE.toString(), "--reference", SAMPLE.toString(), "--out", "blend.png");
        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(mock.store().jobs()).singleElement().satisfies(job -> assertThat(job.parameters().model()).isEqualTo("flux-premium"));
        assertThat(mock.store().uploadCount()).as("the image and two references, plus the preloaded example").isEqualTo(4);
        assertThat(cli.work().resolve("blend.png")).isRegularFile();
    }

    @Test
    void anUnwritableOutIsRefusedWithExit2BeforeAnyUploadOrSubmit() throws Exception {
        Files.writeString(Files.createDirectories(cli.work()).resolve("blocker"), "a file, not a folder");
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--out", "blocker/out.png");
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("error: --out cannot be created").doesNotContain("\tat ");
        assertNothingSent();
    }

    @Test
    void anUnwritableJournalIsRefusedWithExit2BeforeAnyUploadOrSubmit() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("home-file"), "x");
        var r = cli.env(Connection.ENV_HOME, notAFolder.toString()).run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--out", "o.png");
        assertThat(r.exit()).as(r.all()).isEqualTo(2);
        assertThat(r.err()).contains("error: the job journal ($LTXFLUX_HOME) cannot be written");
        assertNothingSent();
    }
}
