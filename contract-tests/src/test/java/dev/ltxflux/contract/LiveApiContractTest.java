package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The schemas against a server of the user's choice (a real account, a proxy): skipped unless
 * {@code -Dltxflux.contract.baseUrl=...} and {@code LTXFLUX_CONTRACT_TOKEN} are given. It spends one job's credits.
 */
class LiveApiContractTest {

    private static final SchemaCatalog SCHEMAS = new SchemaCatalog();

    @Test
    void liveAnswersConformToTheSchemas() throws Exception {
        String base = System.getProperty("ltxflux.contract.baseUrl", "");
        String token = System.getenv("LTXFLUX_CONTRACT_TOKEN");
        assumeTrue(!base.isBlank() && !base.startsWith("${") && token != null && !token.isBlank(),
                "no live target: set -Dltxflux.contract.baseUrl and LTXFLUX_CONTRACT_TOKEN");
        HttpResponse<String> upload = MockAdmin.send(HttpRequest.newBuilder(URI.create(base + "/assets/?type=reference-image"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ImageEditor.sample(256, 144))).build());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        JsonNode asset = Fixtures.JSON.readTree(upload.body());
        assertThat(SCHEMAS.problems(SchemaName.ASSET_UPLOAD, asset)).isEmpty();
        String body = "{\"prompt\":\"Add golden sunset lighting\",\"referenceAssetId\":\"" + asset.at("/asset/fileId").asText() + "\"}";
        HttpResponse<String> created = MockAdmin.send(HttpRequest.newBuilder(URI.create(base + "/images/flux-edit"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode ticket = Fixtures.JSON.readTree(created.body());
        assertThat(SCHEMAS.problems(SchemaName.JOB_CREATED, ticket)).isEmpty();
        String id = URLEncoder.encode(ticket.get("jobId").asText(), StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode job;
        do {
            Thread.sleep(3000);
            HttpResponse<String> status = MockAdmin.send(HttpRequest.newBuilder(URI.create(base + "/assets/" + id))
                    .header("Authorization", "Bearer " + token).GET().build());
            assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
            job = Fixtures.JSON.readTree(status.body());
            assertThat(SCHEMAS.problems(SchemaName.JOB, job)).as(status.body()).isEmpty();
        } while (job.at("/status/type").asText().equals("active") && System.nanoTime() < deadline);
    }
}
