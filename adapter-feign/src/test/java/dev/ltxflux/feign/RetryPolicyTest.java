package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ltxflux.core.error.SubmitUnknownException;
import dev.ltxflux.core.error.RateLimitedException;
import dev.ltxflux.core.error.ServerException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.JobId;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class RetryPolicyTest extends WireMockSupport {

    private static final EditRequest REQUEST = EditRequest.builder().prompt("p").referenceAssetId("asset:1").build();

    private int sent() {
        return wm.getAllServeEvents().size();
    }

    @Test
    void submitThatMet503IsSentExactlyOnce() {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503).withBody("{\"error\":\"down\",\"code\":503}")));
        assertThat(catchThrowableOfType(SubmitUnknownException.class, () -> client.submit(REQUEST)).getCause())
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void submitThatMetAConnectionResetIsSentOnceAndSaysItMayHaveBeenTaken() {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        SubmitUnknownException unknown = catchThrowableOfType(SubmitUnknownException.class, () -> client.submit(REQUEST));
        TransportException e = (TransportException) unknown.getCause();
        assertThat(e.mayHaveReachedServer()).isTrue();
        assertThat(unknown.getMessage()).contains("may have reached the server").contains(unknown.intentKey());
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void submitThatTimedOutReadingIsNotResent() {
        // the server holds its answer well past the read timeout, and the timeout leaves the server time to have taken the
        // request even on a loaded machine (with 300 ms it was sometimes cut before the server had logged it)
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(4000).withBody("{\"jobId\":\"" + JOB_ID + "\"}")));
        client.close();
        client = clientBuilder().readTimeout(Duration.ofMillis(1000)).build();
        assertThat(catchThrowableOfType(SubmitUnknownException.class, () -> client.submit(REQUEST)).getCause())
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.mayHaveReachedServer()).isTrue());
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void submitThatMet429IsRetriedBecauseTheServerDidNotTakeIt() {
        wm.stubFor(post(anyUrl()).inScenario("busy").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("free")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("{\"error\":\"busy\",\"code\":429}")));
        wm.stubFor(post(anyUrl()).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(200).withBody("{\"jobId\":\"" + JOB_ID + "\"}")));
        assertThat(client.submit(REQUEST).jobId().value()).isEqualTo(JOB_ID);
        assertThat(sent()).isEqualTo(2);
    }

    @Test
    void submitToAClosedPortIsRetriedAndSaysItNeverReachedTheServer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        client.close();
        client = LtxClient.builder().baseUrl("http://127.0.0.1:" + port + "/v1/ltxstudio").token(TOKEN)
                .retryBaseDelay(Duration.ofMillis(1)).maxAttempts(3).build();
        TransportException e = catchThrowableOfType(TransportException.class, () -> client.submit(REQUEST));
        assertThat(e.mayHaveReachedServer()).isFalse();
    }

    @Test
    void statusReadThatMet429WithRetryAfterSucceedsOnTheNextTryAfterAScheduledPause() {
        wm.stubFor(get(anyUrl()).inScenario("r").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
        wm.stubFor(get(anyUrl()).inScenario("r").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200).withBody(jobJson("active", false))));
        List<Duration> pauses = new CopyOnWriteArrayList<>();
        client.close();
        client = clientBuilder().delays(d -> {
            pauses.add(d);
            return CompletableFuture.completedFuture(null);
        }).build();
        assertThat(client.status(new JobId(JOB_ID)).status().wire()).isEqualTo("active");
        assertThat(sent()).isEqualTo(2);
        assertThat(pauses).as("the Retry-After pause goes through the injected delays").containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void statusReadsGiveUpAfterMaxAttempts() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(502)));
        catchThrowableOfType(ServerException.class, () -> client.status(new JobId(JOB_ID)));
        assertThat(sent()).isEqualTo(LtxClientOptions.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    void permanentErrorsAreNotRetried() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\",\"code\":401}")));
        catchThrowableOfType(RuntimeException.class, () -> client.status(new JobId(JOB_ID)));
        assertThat(sent()).isEqualTo(1);
    }

    @Test
    void retryAfterIsCappedAndJitterStaysUnderTheCeiling() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(2),
                d -> CompletableFuture.completedFuture(null), new java.util.Random(1), java.time.Clock.systemUTC(),
                dev.ltxflux.core.port.out.ClientEventsPort.NONE, Duration.ofHours(1));
        var limited = new RateLimitedException(new dev.ltxflux.core.error.ApiException.ApiErrorDetails(429, "", "", Duration.ofHours(1), null));
        assertThat(policy.delay(1, limited)).isEqualTo(Duration.ofSeconds(2));
        var transport = new TransportException("x", true, null, null);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(policy.delay(attempt, transport)).isLessThanOrEqualTo(Duration.ofMillis(100L << (attempt - 1)));
        }
    }
}
