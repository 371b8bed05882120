package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.BadRequestException;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upscale of a job that is still running is the mock's documented 400, and nothing is re-sent. The mock's clock stands
 * still, so the source job stays active however slowly the test runs (on a real clock its 300 ms job could finish
 * between the two calls when test classes run in parallel).
 */
class UpscaleOfActiveJobTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension().withManualClock();

    @TempDir
    Path dir;

    @Test
    void upscaleOfAnActiveJobIsTheMocks400AndNothingIsResent() {
        try (LtxClient client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token())
                .journal(dev.ltxflux.journal.file.FileJobJournal.open(dir.resolve("jobs.log"))).build()) {
            var ticket = client.images().submitCreate(CreateRequest.builder().prompt("p").build());

            assertThatThrownBy(() -> client.images().submitUpscale(UpscaleRequest.of(ticket.jobId())))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.getMessage()).contains("is not completed"));
            assertThat(ltx.jobs()).hasSize(1);
        }
    }
}
