package dev.ltxflux.mock.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.state.MockJob.EditParameters;
import dev.ltxflux.mock.state.Snapshot.JobEntry;
import dev.ltxflux.mock.view.ViewJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A snapshot's job goes through the views' Jackson mapping both ways, in the shape the CLI's state files already have,
 * so the CLI can keep its embedded mock's jobs without a hand-written copy of the mapping.
 */
class SnapshotJsonTest {

    private final ObjectMapper json = ViewJson.mapper();

    private static JobEntry entry() {
        return new JobEntry("7a01af6d-f632-48ff-b6b5-43a4f38f1d14", "user@example.com", Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T03:04:15Z"), null, "gen_0123456789ab", new EditParameters("Add sunset",
                        "asset:x-type:image/png", "9:16", 7L, "flux", null, "ref-1", new byte[] {1, 2, 3, (byte) 0xFF}, "http://o"),
                true);
    }

    @Test
    void aJobEntryRoundTripsThroughTheViewMapping() throws Exception {
        JobEntry back = json.treeToValue(json.valueToTree(entry()), JobEntry.class);
        assertThat(back).usingRecursiveComparison().isEqualTo(entry());
        assertThat(back.parameters().reference()).containsExactly(1, 2, 3, 0xFF);
        assertThat(json.valueToTree(entry()).has("id")).as("only the record's components are written").isFalse();
    }

    @Test
    void theCliStateFileShapeReadsAsAJobEntry() throws Exception {
        JsonNode file = json.readTree("{\"uuid\":\"7a01af6d-f632-48ff-b6b5-43a4f38f1d14\",\"account\":\"user@example.com\","
                + "\"createdAt\":\"2026-01-02T03:04:05Z\",\"completesAt\":\"2026-01-02T03:04:15Z\",\"failure\":null,"
                + "\"generationId\":\"gen_0123456789ab\",\"firstCompletedReadServed\":true,\"mutable\":false,"
                + "\"parameters\":{\"prompt\":\"Add sunset\",\"referenceAssetId\":\"asset:x-type:image/png\",\"aspectRatio\":\"9:16\","
                + "\"seed\":7,\"model\":\"flux\",\"replyUrl\":null,\"replyRef\":\"ref-1\",\"reference\":\"AQID/w==\"}}");
        JobEntry read = json.treeToValue(file, JobEntry.class);
        assertThat(read.id()).isEqualTo(entry().id());
        assertThat(read.parameters().reference()).containsExactly(1, 2, 3, 0xFF);
        assertThat(read.parameters().origin()).as("the restoring server sets it").isNull();
        assertThat(read.firstCompletedReadServed()).isTrue();
        assertThat(read.parameters().seed()).isEqualTo(7L);
    }
}
