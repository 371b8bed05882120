package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.model.job.Job;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LtxWebhooksTest {

    private static final String JOB_ID = "email:user@example.com-job:7a34b821-9fd0-205e-d21b-4abc6f7839e7-type:image";
    private static final String COMPLETED = "{\"status\":{\"type\":\"completed\",\"progress\":100,\"artifact\":{"
            + "\"assetUrl\":\"https://storage.example.com/a.png\",\"expirationDateString\":\"1748919477350\","
            + "\"asset\":{\"type\":\"artifact\",\"fileId\":\"asset:3b18-type:image/png\",\"mimeType\":\"image/png\"}}},"
            + "\"jobId\":\"" + JOB_ID + "\",\"replyRef\":\"order-42\",\"replyUrl\":\"https://hooks.example.com/ltx\"}";

    @Test
    void aCompletedJobModelBecomesADoneJob() {
        Job job = LtxWebhooks.parse(bytes(COMPLETED));
        assertThat(job.id().value()).isEqualTo(JOB_ID);
        assertThat(job.isDone()).isTrue();
        assertThat(job.replyRef()).hasValue("order-42");
        assertThat(job.artifact()).hasValueSatisfying(a -> assertThat(a.assetUrl()).hasValue(URI.create("https://storage.example.com/a.png")));
    }

    @Test
    void aFailedJobModelBecomesAFailedJobWithItsMessage() {
        Job job = LtxWebhooks.parse(bytes("{\"status\":{\"type\":\"failed\",\"message\":\"content policy\"},\"jobId\":\"" + JOB_ID + "\"}"));
        assertThat(job.isFailed()).isTrue();
        assertThat(job.message()).hasValue("content policy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"jobId\":", "{} trailing", "<xml/>"})
    void aBodyThatIsNotOneJsonDocumentIsRefused(String body) {
        assertThatThrownBy(() -> LtxWebhooks.parse(bytes(body)))
                .isInstanceOf(InvalidWebhookException.class).isInstanceOf(LtxException.class)
                .satisfies(e -> assertThat(((InvalidWebhookException) e).problems()).isEmpty());
    }

    @Test
    void aSchemaViolationIsRefusedNamingTheField() {
        assertThatThrownBy(() -> LtxWebhooks.parse(bytes("{\"status\":{\"type\":\"completed\",\"progress\":\"100\"},\"jobId\":\"" + JOB_ID + "\"}")))
                .isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("/status/progress")
                .satisfies(e -> assertThat(((InvalidWebhookException) e).problems()).singleElement().asString().contains("progress"));
    }

    @Test
    void anArrayIsNotAJobModel() {
        assertThatThrownBy(() -> LtxWebhooks.parse(bytes("[1,2]"))).isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("not a job model");
    }

    @Test
    void aJobModelWithoutJobIdIsRefused() {
        assertThatThrownBy(() -> LtxWebhooks.parse(bytes("{\"status\":{\"type\":\"completed\"}}")))
                .isInstanceOf(InvalidWebhookException.class).hasMessageContaining("jobId");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedUnread() {
        byte[] big = new byte[LtxWebhooks.MAX_BODY_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> LtxWebhooks.parse(big)).isInstanceOf(InvalidWebhookException.class)
                .hasMessageContaining("over the limit of 1048576");
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() {
        byte[] padded = Arrays.copyOf(bytes(COMPLETED), LtxWebhooks.MAX_BODY_BYTES);
        Arrays.fill(padded, COMPLETED.length(), padded.length, (byte) ' ');
        assertThat(LtxWebhooks.parse(padded).isDone()).isTrue();
    }

    @Test
    void theMessageNeverQuotesTheBody() {
        assertThatThrownBy(() -> LtxWebhooks.parse(bytes("{\"status\":{\"type\":\"queued\"},\"jobId\":\"secret-looking-id\"}")))
                .isInstanceOf(InvalidWebhookException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-looking-id"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
