package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leg 2 for {@code images/create} and {@code images/upscale}: every request the client sends conforms to its request
 * schema, and together they use every schema field.
 */
class CreateUpscaleClientRequestsTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();

    @TempDir
    Path dir;

    @Test
    void everyCreateAndUpscaleTheClientSendsConformsAndTogetherTheyUseEverySchemaField() throws Exception {
        MockAdmin admin = new MockAdmin(ltx.server().origin());
        admin.reset();
        Path png = Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 64));
        try (LtxClient client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).email("user@example.com")
                .polling(new Backoff(Duration.ofMillis(50), 2, Duration.ofMillis(200))).build()) {
            String ref = client.upload(png).fileId().value();
            var created = client.images().create(CreateImageCommand.of(CreateRequest.builder().email("user@example.com")
                    .prompt("A lighthouse").aspectRatio("9:16").style("film_noir").shotType("wide shot").shotAngle("overhead")
                    .seed(5L).referenceAssetId(ref).referenceStrength(40).location("a cliff").weather("storm")
                    .lighting("moonlight").model("flux").pollForResult(10).maxJobs(50).replyUrl("http://127.0.0.1:9/hook")
                    .replyRef("ref-1"), dir.resolve("a.png"), AwaitOptions.timeout(Duration.ofSeconds(20))));
            client.images().upscale(UpscaleRequest.builder().jobId(created.job().id().value()).email("user@example.com")
                    .pollForResult(10).maxJobs(50).replyUrl("http://127.0.0.1:9/hook").replyRef("ref-2").build(),
                    dir.resolve("b.png"), AwaitOptions.timeout(Duration.ofSeconds(20)));
        }
        Set<String> createSent = new TreeSet<>();
        Set<String> upscaleSent = new TreeSet<>();
        for (MockAdmin.Recorded r : admin.requests()) {
            if (r.url().startsWith("/v1/ltxstudio/images/create")) {
                JsonNode body = Fixtures.JSON.readTree(r.body());
                assertThat(SCHEMAS.problems(SchemaName.CREATE_REQUEST, body)).as(r.body()).isEmpty();
                body.fieldNames().forEachRemaining(createSent::add);
            } else if (r.url().startsWith("/v1/ltxstudio/images/upscale")) {
                JsonNode body = Fixtures.JSON.readTree(r.body());
                assertThat(SCHEMAS.problems(SchemaName.UPSCALE_REQUEST, body)).as(r.body()).isEmpty();
                body.fieldNames().forEachRemaining(upscaleSent::add);
            }
        }
        assertThat(createSent).isEqualTo(schemaFields("create-request.schema.json"));
        assertThat(upscaleSent).isEqualTo(schemaFields("upscale-request.schema.json"));
        assertThat(admin.drifts()).isEmpty();
    }

    private static Set<String> schemaFields(String file) {
        return CreateUpscaleContractTest.schemaFields(file);
    }

}
