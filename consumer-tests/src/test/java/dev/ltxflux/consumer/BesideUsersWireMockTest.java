package dev.ltxflux.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.feign.InvalidWebhookException;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.feign.LtxWebhooks;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * What a user sees who adds ltxflux's mock and client to a project that already has WireMock 3.x (non-standalone) and
 * Jackson 2.15. Without the relocation in ltxflux-schemas every test here fails with
 * {@code NoClassDefFoundError: com/networknt/schema/SchemaRegistry}.
 */
class BesideUsersWireMockTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    @TempDir
    Path dir;

    @Test
    void theClassPathIsTheClashingOne() throws Exception {
        // the user's WireMock brings networknt 1.x: had ltxflux needed networknt 2.x unrelocated, it would be missing
        assertThat(resource("com/networknt/schema/JsonSchemaFactory.class")).as("networknt 1.x from the user's WireMock").isTrue();
        assertThat(resource("com/networknt/schema/SchemaRegistry.class")).as("networknt 2.x class at its own name").isFalse();
        assertThat(resource("com/github/tomakehurst/wiremock/WireMockServer.class")).isTrue();
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).as("the user's Jackson").startsWith("2.15.");
    }

    @Test
    void theStrictMockAndTheClientWorkTogetherBesideTheUsersWireMock() throws Exception {
        Path input = Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48));
        try (LtxClient client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).build()) {
            String asset = client.upload(input).fileId().value();
            JobId id = client.submit(EditRequest.builder().prompt("Add golden sunset lighting").referenceAssetId(asset).build()).jobId();
            Job done = client.await(id, AwaitOptions.timeout(Duration.ofSeconds(20)));
            assertThat(done.isDone()).isTrue();
        }
        // strict mode validated every answer with ltxflux-schemas (relocated networknt 2.x) and found no drift
        assertThat(ltx.server().store().drifts().all()).isEmpty();
    }

    @Test
    void webhookBodiesAreValidatedWithOurValidatorAndItsOwnMessages() {
        String body = "{\"status\":{\"type\":\"completed\",\"progress\":\"100\"},\"jobId\":\"email:a@b.c-job:1-type:image\"}";
        assertThatThrownBy(() -> LtxWebhooks.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("/status/progress").hasMessageContaining("[type]");
    }

    @Test
    void ltxfluxBringsNoSlf4jBinding() {
        List<String> providers = StreamSupport.stream(ServiceLoader.load(SLF4JServiceProvider.class).spliterator(), false)
                .map(p -> p.getClass().getName()).collect(Collectors.toList());
        assertThat(providers).as("SLF4J providers on the consumer's test class path").isEmpty();
        assertThat(resource("org/slf4j/simple/SimpleServiceProvider.class")).as("slf4j-simple").isFalse();
    }

    private static boolean resource(String name) {
        return BesideUsersWireMockTest.class.getClassLoader().getResource(name) != null;
    }
}
