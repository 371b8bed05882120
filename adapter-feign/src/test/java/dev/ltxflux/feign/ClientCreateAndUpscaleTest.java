package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JobNotFoundException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.journal.JobState;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.port.in.EditImageCommand.Reference;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageCreator;
import dev.ltxflux.mock.render.ImageEditor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** client.images().create / upscale against the real mock over HTTP, through the one paid-job path. */
class ClientCreateAndUpscaleTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    private static final AwaitOptions WAIT = AwaitOptions.timeout(Duration.ofSeconds(20));

    @TempDir
    Path dir;

    private LtxClient client;

    @BeforeEach
    void setUp() throws Exception {
        client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token())
                .journal(dev.ltxflux.journal.file.FileJobJournal.open(dir.resolve("jobs.log")))
                .polling(new Backoff(Duration.ofMillis(50), 1.5, Duration.ofMillis(200))).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        assertThat(ltx.server().store().drifts().all()).isEmpty();
    }

    @Test
    void createWithAReferenceFileSendsEveryParameterAndSavesTheMocksImage() throws Exception {
        byte[] ref = ImageEditor.sample(200, 100);
        Path refFile = Files.write(dir.resolve("ref.png"), ref);
        ImageOutcome out = client.images().create(CreateImageCommand.of(CreateRequest.builder().prompt("a lighthouse")
                .aspectRatio("1:1").style("vintage").seed(42).referenceStrength(30), Reference.file(refFile),
                dir.resolve("a.png"), WAIT));
        assertThat(Files.readAllBytes(out.file()))
                .as("the mock rendered exactly these inputs: prompt, seed, ratio, style, reference and reference_strength arrived")
                .isEqualTo(ImageCreator.create("a lighthouse", 42L, "1:1", "vintage", ref, 30));
        assertThat(client.journal().recent(10)).singleElement().satisfies(r -> {
            assertThat(r.operation()).isEqualTo("create");
            assertThat(r.state()).isEqualTo(JobState.FINISHED);
        });
    }

    @Test
    void upscaleOfACreatedImageIsANewJobTwiceAsWideAndHighJournaledAsUpscale() throws Exception {
        ImageOutcome created = client.images().create(CreateImageCommand.of(CreateRequest.builder().prompt("a castle"),
                dir.resolve("a.png"), WAIT));
        ImageOutcome big = client.images().upscale(UpscaleRequest.of(created.job().id()), dir.resolve("b.png"), WAIT);
        assertThat(big.job().id()).isNotEqualTo(created.job().id());
        BufferedImage small = ImageIO.read(created.file().toFile());
        BufferedImage large = ImageIO.read(big.file().toFile());
        assertThat(large.getWidth()).isEqualTo(small.getWidth() * 2);
        assertThat(large.getHeight()).isEqualTo(small.getHeight() * 2);
        assertThat(client.journal().recent(10)).extracting(r -> r.operation()).containsExactlyInAnyOrder("create", "upscale");
    }

    @Test
    void upscaleOfAnUnknownJobIsJobNotFoundAndJournaledAbandonedNotUnknown() {
        JobId missing = new JobId("email:user@example.com-job:00000000-0000-4000-8000-000000000000-type:image");
        assertThatThrownBy(() -> client.images().submitUpscale(UpscaleRequest.of(missing)))
                .isInstanceOfSatisfying(JobNotFoundException.class, e -> assertThat(e.getMessage()).contains("Job not found"));
        assertThat(client.journal().recent(10)).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(JobState.ABANDONED));
    }

    @Test
    void badCreateInputIsRefusedBeforeAnyRequestNamingEveryField() {
        assertThatThrownBy(() -> CreateImageCommand.of(CreateRequest.builder().prompt("").model("nano-banana").style("anime")
                .referenceStrength(500), null, WAIT))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("prompt", "reference_strength", "reference_strength", "style", "reference_strength", "output"));
        assertThat(ltx.jobs()).isEmpty();
    }
}
