package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
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
 * Leg 2, client → schemas: the adapter is driven through every public operation and every optional parameter against
 * the real mock server; each request it sent (from WireMock's journal) is checked against the request schema.
 */
class ClientRequestsContractTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();

    @TempDir
    Path dir;

    @Test
    void everyRequestTheClientSendsConformsAndTogetherTheyUseEverySchemaField() throws Exception {
        MockAdmin admin = new MockAdmin(ltx.server().origin());
        admin.reset();
        Path png = Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 64));
        try (LtxClient client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).email("user@example.com")
                .polling(new Backoff(Duration.ofMillis(50), 2, Duration.ofMillis(200))).build()) {
            String a1 = client.upload(png).fileId().value();
            String a2 = client.upload(png).fileId().value();
            String a3 = client.upload(png).fileId().value();
            var every = EditRequest.builder().email("user@example.com").prompt("Add golden sunset lighting").referenceAssetId(a1)
                    .referenceAssetId2(a2).referenceAssetId3(a3).model("flux-premium").aspectRatio("9:16").shotType("wide shot")
                    .shotAngle("low-angle").seed(123456L).location("a beach").weather("light rain").lighting("golden hour")
                    .pollForResult(1).maxJobs(50).replyUrl("http://127.0.0.1:9/hook").replyRef("ref-1").build();
            Job job = client.await(client.submit(every).jobId(), AwaitOptions.timeout(Duration.ofSeconds(20)));
            client.download(job, dir.resolve("out.png"));
            client.status(job.id());
            client.edit(EditImageCommand.forFile(png, EditRequest.builder().prompt("minimal"), dir.resolve("o2.png"),
                    AwaitOptions.timeout(Duration.ofSeconds(20))));
        }
        Set<String> fieldsSent = new TreeSet<>();
        for (MockAdmin.Recorded r : admin.requests()) {
            if (r.url().startsWith("/v1/ltxstudio/")) {
                assertThat(r.header("Authorization")).as(r.url()).isEqualTo("Bearer " + ltx.token());
            } else {
                assertThat(r.header("Authorization")).as("the token never goes to the asset host: " + r.url()).isNull();
            }
            if (r.method().equals("POST") && r.url().startsWith("/v1/ltxstudio/images/")) {
                JsonNode body = Fixtures.JSON.readTree(r.body());
                assertThat(SCHEMAS.problems(SchemaName.FLUX_EDIT_REQUEST, body)).as(r.body()).isEmpty();
                body.fieldNames().forEachRemaining(fieldsSent::add);
            }
            if (r.method().equals("POST") && r.url().startsWith("/v1/ltxstudio/assets/")) {
                assertThat(r.header("Content-Type")).isEqualTo("image/png");
                assertThat(r.url()).contains("type=reference-image").contains("email=user%40example.com");
            }
        }
        Set<String> schemaFields = new TreeSet<>();
        ModelSchemaChecks.shipped().schema("flux-edit-request.schema.json").get("properties").fieldNames().forEachRemaining(schemaFields::add);
        assertThat(fieldsSent).isEqualTo(schemaFields);
        assertThat(admin.drifts()).isEmpty();
    }
}
