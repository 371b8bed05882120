package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.view.RequestView;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request list of the admin API and dashboard: complete when the client has its answer, empty after a reset. */
class RequestHistoryTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    private String status(String id) {
        return ltx.baseUrl() + "/assets/" + id;
    }

    @Test
    void aRequestIsListedAsSoonAsItsClientHasTheAnswerAndNeverAfterAReset() {
        for (int i = 0; i < 200; i++) {
            String id = "job-" + i;
            assertThat(Http.get(status(id), ltx.token()).statusCode()).isEqualTo(404);
            assertThat(ltx.admin().requests()).as("round %d: the answered request is listed", i).singleElement()
                    .satisfies(r -> assertThat(r.url()).endsWith("/" + id));
            ltx.server().reset();
            assertThat(ltx.admin().requests()).as("round %d: nothing arrives after the reset", i).isEmpty();
        }
    }

    @Test
    void theTimeAnAnswerTookIsFilledInOnceItIsSent() throws Exception {
        String url = status("slow");
        // a planned delay on the status route: the listed time must cover it
        assertThat(Http.postJson(ltx.server().origin() + "/__admin/ltx/faults", null,
                "{\"route\":\"status\",\"action\":\"delay\",\"delayMillis\":300,\"times\":1}").statusCode()).isEqualTo(201);
        assertThat(Http.get(url, ltx.token()).statusCode()).isEqualTo(404);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long millis = 0;
        while (millis < 300 && System.nanoTime() < deadline) {
            millis = ltx.admin().requests().stream().mapToLong(RequestView::millis).max().orElse(0);
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(millis).isGreaterThanOrEqualTo(300);
    }
}
