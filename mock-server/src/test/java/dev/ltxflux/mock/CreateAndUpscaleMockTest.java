package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageCreator;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreateAndUpscaleMockTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    @RegisterExtension
    static LtxMockExtension twoCredits = LtxMockExtension.with(b -> b.credits(2));

    /** Jobs of a minute: a job read right after its submit is still active, however loaded the machine. */
    @RegisterExtension
    static LtxMockExtension minuteJobs = LtxMockExtension.with(b -> b.jobDuration(Duration.ofMinutes(1)));

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();
    private final MockCalls calls = new MockCalls(ltx);

    @AfterEach
    void strictModeFoundNoDrift() {
        assertThat(ltx.server().store().drifts().all()).isEmpty();
    }

    private HttpResponse<byte[]> post(String path, String json) {
        return Http.postJson(ltx.baseUrl() + path, ltx.token(), json);
    }

    private String jobOf(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        assertThat(SCHEMAS.problems(SchemaName.JOB_CREATED, Http.json(r))).isEmpty();
        return Http.json(r).get("jobId").asText();
    }

    /** Lets the job end and reads its artifact (the first completed read, without the artifact, included). */
    private BufferedImage artifactOf(String jobId) throws Exception {
        ltx.advance(ltx.server().config().jobs().duration());
        Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(jobId), ltx.token());
        JsonNode done = Http.json(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(jobId), ltx.token()));
        assertThat(SCHEMAS.problems(SchemaName.JOB, done)).isEmpty();
        HttpResponse<byte[]> png = Http.get(done.at("/status/artifact/assetUrl").asText(), null);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        return ImageIO.read(new ByteArrayInputStream(png.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/images/create", "/images/flux-create"})
    void theDocumentedCreateExampleMakesAJobWithARealPngInTheRequestedRatio(String path) throws Exception {
        String id = jobOf(post(path, "{\"prompt\":\"A serene mountain landscape at sunset\",\"aspectRatio\":\"9:16\","
                + "\"style\":\"cinematic\",\"shotType\":\"wide shot\",\"shotAngle\":\"eye-level\",\"seed\":123456}"));
        assertThat(id).matches("email:user@example\\.com-job:[0-9a-f-]{36}-type:image");
        BufferedImage image = artifactOf(id);
        assertThat(image.getWidth()).isEqualTo(288);
        assertThat(image.getHeight()).isEqualTo(512);
    }

    @Test
    void createIsDeterministicInPromptAndSeedAndAStyleVisiblyChangesIt() {
        byte[] a = ImageCreator.create("a lighthouse", 7L, "16:9", null, null, null);
        assertThat(ImageCreator.create("a lighthouse", 7L, "16:9", null, null, null)).isEqualTo(a);
        assertThat(ImageCreator.create("a lighthouse", 8L, "16:9", null, null, null)).isNotEqualTo(a);
        assertThat(ImageCreator.create("a castle", 7L, "16:9", null, null, null)).isNotEqualTo(a);
        byte[] noir = ImageCreator.create("a lighthouse", 7L, "16:9", "film_noir", null, null);
        assertThat(meanChroma(noir)).as("film_noir is grey").isZero();
        assertThat(meanChroma(a)).as("base has colour").isGreaterThan(10);
    }

    @Test
    void createWithAReferenceUsesThatImageByItsStrength() throws Exception {
        String ref = calls.uploadPng();
        String base = "{\"prompt\":\"a lighthouse\",\"seed\":1";
        BufferedImage without = artifactOf(jobOf(post("/images/create", base + "}")));
        BufferedImage weak = artifactOf(jobOf(post("/images/create", base + ",\"referenceAssetId\":\"" + ref + "\",\"reference_strength\":0}")));
        BufferedImage strong = artifactOf(jobOf(post("/images/create", base + ",\"referenceAssetId\":\"" + ref + "\",\"reference_strength\":100}")));
        assertThat(weak.getRGB(10, 10)).as("strength 0 ignores the reference").isEqualTo(without.getRGB(10, 10));
        assertThat(strong.getRGB(10, 10)).as("strength 100 is the reference").isNotEqualTo(without.getRGB(10, 10));
    }

    @Test
    void badCreateInputIsOneDocumented400NamingEveryField() {
        HttpResponse<byte[]> r = post("/images/create", "{\"prompt\":\"\",\"style\":\"watercolor\",\"model\":\"nano-banana\","
                + "\"referenceAssetId\":\"asset:nope\",\"reference_strength\":101,\"seed\":1.5}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(SCHEMAS.problems(SchemaName.ERROR, Http.json(r))).isEmpty();
        assertThat(Http.json(r).get("error").asText()).contains("prompt:", "style:", "referenceAssetId: is not supported by model nano-banana",
                "reference_strength:", "seed:");
        assertThat(Http.json(r).get("code").asInt()).isEqualTo(400);
        HttpResponse<byte[]> unknownRef = post("/images/create", "{\"prompt\":\"p\",\"referenceAssetId\":\"asset:nope\"}");
        assertThat(Http.json(unknownRef).get("error").asText()).startsWith("referenceAssetId: asset asset:nope not found");
    }

    @Test
    void upscaleMakesANewJobAtTwiceTheSourcesWidthAndHeight() throws Exception {
        String source = calls.submitJob(",\"aspectRatio\":\"1:1\"");
        BufferedImage original = artifactOf(source);
        String upscaled = jobOf(post("/images/upscale", "{\"jobId\":\"" + source + "\"}"));
        assertThat(upscaled).isNotEqualTo(source);
        BufferedImage big = artifactOf(upscaled);
        assertThat(big.getWidth()).isEqualTo(original.getWidth() * 2);
        assertThat(big.getHeight()).isEqualTo(original.getHeight() * 2);
        assertThat(big.getRGB(101, 41)).isEqualTo(original.getRGB(50, 20));
        String twice = jobOf(post("/images/upscale", "{\"jobId\":\"" + upscaled + "\",\"pollForResult\":1}"));
        assertThat(twice).as("an upscale can be upscaled").isNotBlank();
    }

    @Test
    void upscaleOfAnUnknownJobIsTheDocumented404AndOfAnActiveOneA400() {
        HttpResponse<byte[]> unknown = post("/images/upscale", "{\"jobId\":\"email:user@example.com-job:0000-type:image\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.text(unknown)).isEqualTo("Job not found or has expired.");
        String active = new MockCalls(minuteJobs).submitJob("");
        HttpResponse<byte[]> notDone = Http.postJson(minuteJobs.baseUrl() + "/images/upscale", minuteJobs.token(),
                "{\"jobId\":\"" + active + "\"}");
        assertThat(notDone.statusCode()).isEqualTo(400);
        assertThat(Http.json(notDone).get("error").asText()).contains("is not completed (active)");
        assertThat(Http.json(notDone).get("code").asInt()).isEqualTo(400);
        HttpResponse<byte[]> bad = post("/images/upscale", "{\"jobId\":\"email:a@b-job:1-type:video\",\"prompt\":\"x\",\"maxJobs\":0}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).get("error").asText()).contains("jobId:", "prompt:", "maxJobs:");
    }

    @Test
    void createAndUpscaleAreChargedLikeAnEditAndRefusedWith402WhenNoCreditIsLeft() throws Exception {
        LtxMockExtension two = twoCredits;
        {
            String created = Http.json(Http.postJson(two.baseUrl() + "/images/create", two.token(), "{\"prompt\":\"p\"}")).get("jobId").asText();
            two.advance(two.server().config().jobs().duration());
            assertThat(Http.postJson(two.baseUrl() + "/images/upscale", two.token(), "{\"jobId\":\"" + created + "\"}").statusCode()).isEqualTo(200);
            HttpResponse<byte[]> broke = Http.postJson(two.baseUrl() + "/images/create", two.token(), "{\"prompt\":\"p\"}");
            assertThat(broke.statusCode()).isEqualTo(402);
            assertThat(Http.json(broke).get("error").asText()).isEqualTo("Insufficient credits");
        }
    }

    private static long meanChroma(byte[] png) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            long sum = 0;
            for (int y = 0; y < img.getHeight(); y += 7) {
                for (int x = 0; x < img.getWidth(); x += 7) {
                    int rgb = img.getRGB(x, y);
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    sum += Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b));
                }
            }
            return sum / ((long) (img.getWidth() / 7 + 1) * (img.getHeight() / 7 + 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
