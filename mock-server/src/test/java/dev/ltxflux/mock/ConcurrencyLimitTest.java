package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account's concurrency limit: jobs last long enough (30 s) that none ends while the test submits, however loaded. */
class ConcurrencyLimitTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.maxJobs(2).jobDuration(Duration.ofSeconds(30)));

    private final MockCalls api = new MockCalls(ltx);

    @Test
    void aSubmitBeyondMaxJobsAnswers429WithRetryAfterAndARequestsOwnHigherMaxJobsIsServed() {
        api.submitJob("");
        api.submitJob("");
        HttpResponse<byte[]> r = api.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + api.uploadPng() + "\"}");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(api.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + api.uploadPng() + "\",\"maxJobs\":5}").statusCode())
                .isEqualTo(200);
    }
}
