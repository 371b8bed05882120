package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.MockJob.EditParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded mock's state on disk: what one mock saves, the next restores; broken or expired files do no harm. */
class MockStateDirTest {

    @TempDir
    Path dir;

    private LtxMockServer earlier;
    private LtxMockServer later;

    @BeforeEach
    void start() {
        earlier = new LtxMockServer(MockConfig.forTests()).start();
        later = new LtxMockServer(MockConfig.forTests()).start();
    }

    @AfterEach
    void stop() {
        earlier.stop();
        later.stop();
    }

    private String job(LtxMockServer mock) {
        var upload = mock.store().storeUpload("user@example.com", "image/png", new byte[] {1, 2, 3});
        return mock.store().createJob("user@example.com", new EditParameters("p", upload.fileId(), "1:1", 42L, null, null, null,
                upload.bytes(), mock.origin()), null).id();
    }

    @Test
    void whatOneMockSavedTheNextRestoresWithItsParameters() throws Exception {
        String id = job(earlier);
        MockStateDir state = new MockStateDir(dir);
        state.save(earlier);

        assertThat(state.restoreInto(later)).isEqualTo(1);

        assertThat(later.store().job(id)).hasValueSatisfying(j -> {
            assertThat(j.parameters().seed()).isEqualTo(42L);
            assertThat(j.parameters().reference()).containsExactly(1, 2, 3);
            assertThat(j.parameters().origin()).isEqualTo(later.origin());
        });
        assertThat(later.store().uploadCount()).as("the upload and the preloaded example").isEqualTo(2);
    }

    @Test
    void aCreatedOrUpscaledJobKeepsItsOperationAndImageSoALaterRunCanUpscaleIt() throws Exception {
        byte[] image = dev.ltxflux.mock.render.ImageCreator.create("p", 1L, "1:1", null, null, null);
        String id = earlier.store().createJob("user@example.com", new EditParameters("p", null, "1:1", 1L, null, null, null,
                image, earlier.origin(), EditParameters.CREATE), null).id();
        new MockStateDir(dir).save(earlier);

        assertThat(new MockStateDir(dir).restoreInto(later)).isEqualTo(1);

        assertThat(later.store().job(id)).hasValueSatisfying(j -> {
            assertThat(j.parameters().operation()).isEqualTo(EditParameters.CREATE);
            assertThat(j.parameters().prerendered()).isTrue();
            assertThat(j.parameters().reference()).isEqualTo(image);
        });
    }

    @Test
    void aBrokenFileIsSkippedAndTheOthersRestored() throws Exception {
        job(earlier);
        new MockStateDir(dir).save(earlier);
        Files.writeString(dir.resolve("jobs/broken.json"), "{\"uuid\":");
        Files.writeString(dir.resolve("jobs/incomplete.json"), "{\"uuid\":\"u\",\"createdAt\":\"2099-01-01T00:00:00Z\"}");
        Files.writeString(dir.resolve("uploads/incomplete.json"), "{\"createdAt\":\"2099-01-01T00:00:00Z\",\"bytes\":7}");

        assertThat(new MockStateDir(dir).restoreInto(later)).isEqualTo(1);
    }

    @Test
    void filesOlderThanTheRetentionAreRemovedWhenRestoring() throws Exception {
        job(earlier);
        new MockStateDir(dir).save(earlier);
        later.clock().advance(MockConfig.forTests().storage().retention().plus(Duration.ofSeconds(1)));

        assertThat(new MockStateDir(dir).restoreInto(later)).isZero();

        try (Stream<Path> left = Files.list(dir.resolve("jobs"))) {
            assertThat(left).isEmpty();
        }
        try (Stream<Path> left = Files.list(dir.resolve("uploads"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aJobIsKeptAsTheMocksOwnRecordFieldForField() throws Exception {
        job(earlier);
        new MockStateDir(dir).save(earlier);

        Path file;
        try (Stream<Path> files = Files.list(dir.resolve("jobs"))) {
            file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        java.util.List<String> fields = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        java.util.List<String> parameters = new java.util.ArrayList<>();
        node.get("parameters").fieldNames().forEachRemaining(parameters::add);
        assertThat(fields).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(
                dev.ltxflux.mock.state.Snapshot.JobEntry.class.getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(parameters).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(
                EditParameters.class.getRecordComponents()).map(c -> c.getName()).toList());
    }

    @Test
    void aJobFileWrittenByTheEarlierHandMappingIsStillRestored() throws Exception {
        String uuid = "0b7a2c1e-1111-4222-8333-444455556666";
        java.time.Instant now = later.clock().instant();
        Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(dir.resolve("jobs/" + uuid + ".json"), "{\"uuid\":\"" + uuid + "\",\"account\":\"user@example.com\","
                + "\"createdAt\":\"" + now + "\",\"completesAt\":\"" + now.plusSeconds(4) + "\",\"failure\":null,"
                + "\"generationId\":\"g1\",\"firstCompletedReadServed\":true,\"mutable\":false,\"parameters\":{\"prompt\":\"p\","
                + "\"referenceAssetId\":\"asset:x-type:image/png\",\"aspectRatio\":\"1:1\",\"seed\":7,\"model\":null,"
                + "\"replyUrl\":null,\"replyRef\":null,\"reference\":\"AQID\",\"operation\":\"edit\"}}");

        assertThat(new MockStateDir(dir).restoreInto(later)).isEqualTo(1);

        assertThat(later.store().job("email:user@example.com-job:" + uuid + "-type:image")).hasValueSatisfying(j -> {
            assertThat(j.parameters().seed()).isEqualTo(7L);
            assertThat(j.parameters().reference()).containsExactly(1, 2, 3);
            assertThat(j.firstCompletedReadServed()).isTrue();
        });
    }
}
