package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.state.Snapshot;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link Snapshot}: the jobs and uploads of one mock carried into another (the CLI's embedded mock between runs). */
class SnapshotTest {

    @RegisterExtension
    static LtxMockExtension earlier = new LtxMockExtension().withManualClock();

    @RegisterExtension
    static LtxMockExtension later = new LtxMockExtension().withManualClock();

    private static JsonNode status(LtxMockExtension ltx, String id) {
        HttpResponse<byte[]> r = Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), ltx.token());
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
        return Http.json(r);
    }

    @Test
    void aRestoredJobAnswersAsBeforeWithLinksToTheNewServer() {
        String id = new MockCalls(earlier).submitJob(",\"seed\":7,\"aspectRatio\":\"1:1\"");
        earlier.advance(Duration.ofSeconds(1));
        status(earlier, id);                                   // the first completed read, without the artifact
        JsonNode before = status(earlier, id);
        byte[] image = Http.get(before.at("/status/artifact/assetUrl").asText(), null).body();

        int restored = Snapshot.of(earlier.server().store()).restoreInto(later.server().store(), later.server().origin());

        assertThat(restored).isEqualTo(1);
        later.advance(Duration.ofSeconds(2));                  // its clock stood still where the test began
        JsonNode after = status(later, id);
        assertThat(after.at("/status/type").asText()).isEqualTo("completed");
        String url = after.at("/status/artifact/assetUrl").asText();
        assertThat(url).as("the first completed read was already served before").startsWith(later.server().origin() + "/artifacts/");
        assertThat(Http.get(url, null).body()).isEqualTo(image);
    }

    @Test
    void restoredUploadsCanBeEditedAgain() {
        String fileId = new MockCalls(earlier).uploadPng();
        Snapshot.of(earlier.server().store()).restoreInto(later.server().store(), later.server().origin());

        HttpResponse<byte[]> r = new MockCalls(later).submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + fileId + "\"}");

        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(200);
    }

    @Test
    void expiredJobsAreNotRestoredAndTheExampleIsNotExported() {
        String id = new MockCalls(earlier).submitJob("");
        Snapshot snapshot = Snapshot.of(earlier.server().store());
        assertThat(snapshot.jobs()).singleElement().satisfies(j -> assertThat(j.id()).isEqualTo(id));
        assertThat(snapshot.uploads()).hasSize(1);

        later.advance(later.server().config().storage().retention().plusSeconds(1));
        int restored = snapshot.restoreInto(later.server().store(), later.server().origin());

        assertThat(restored).isZero();
        assertThat(Http.get(later.baseUrl() + "/assets/" + MockCalls.encode(id), later.token()).statusCode()).isEqualTo(404);
    }

    @Test
    void restoringTwiceKeepsOneCopy() {
        new MockCalls(earlier).submitJob("");
        Snapshot snapshot = Snapshot.of(earlier.server().store());
        snapshot.restoreInto(later.server().store(), later.server().origin());

        assertThat(snapshot.restoreInto(later.server().store(), later.server().origin())).isZero();
        assertThat(later.server().store().jobCount()).isEqualTo(1);
        assertThat(later.server().store().uploadCount()).as("the upload and the preloaded example").isEqualTo(2);
    }
}
