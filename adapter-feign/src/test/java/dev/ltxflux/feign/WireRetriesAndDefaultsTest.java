package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ltxflux.core.error.JobNotFoundException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnauthorizedException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What the client sends and how its status reads retry, against a real WireMock on loopback (no real waits). */
class WireRetriesAndDefaultsTest extends WireMockSupport {

    private static final String ID = "email:u@e.com-job:1-type:image";

    /** A generous read timeout: these tests are about retries and bodies, not about slow answers on a busy machine. */
    @Override
    LtxClientBuilder clientBuilder() {
        return super.clientBuilder().readTimeout(Duration.ofSeconds(30));
    }

    private int served() {
        return wm.getAllServeEvents().size();
    }

    private void stubStatusSequence(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? state : "after-" + i;
            wm.stubFor(get(anyUrl()).inScenario("reads").whenScenarioStateIs(state).willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }

    /** The client rebuilt with a delays that records each retry pause (and takes no time). */
    private List<Duration> recordingPauses(int maxAttempts) {
        List<Duration> waits = new ArrayList<>();
        client.close();
        client = clientBuilder().maxAttempts(maxAttempts).retryBaseDelay(Duration.ofMillis(1000)).maxRetryDelay(Duration.ofSeconds(60))
                .delays(d -> {
                    waits.add(d);
                    return CompletableFuture.completedFuture(null);
                }).build();
        return waits;
    }

    @Test
    void aStatusReadIsRetriedAfterATransportErrorAndReturnsTheJob() {
        List<Duration> waits = recordingPauses(4);
        // the JDK client itself re-sends a GET once on a dropped connection: two drops are one failed attempt of ours
        stubStatusSequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                aResponse().withStatus(200).withBody(jobJson("completed", true)));
        Job job = client.status(new JobId(JOB_ID));
        assertThat(job.isDone()).isTrue();
        assertThat(waits).hasSize(1);
    }

    @Test
    void aStatusReadIsRetriedAfterA503ThenA502() {
        List<Duration> waits = recordingPauses(4);
        stubStatusSequence(aResponse().withStatus(503).withBody("{\"error\":\"busy\"}"), aResponse().withStatus(502),
                aResponse().withStatus(200).withBody(jobJson("active", false)));
        assertThat(client.status(new JobId(JOB_ID)).status()).isEqualTo(dev.ltxflux.core.model.job.JobStatus.ACTIVE);
        assertThat(served()).isEqualTo(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void statusReadRetriesWaitAGrowingBackoffOnTheInjectedScheduler() {
        List<Duration> waits = recordingPauses(4);
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        TransportException e = catchThrowableOfType(TransportException.class, () -> client.status(new JobId(JOB_ID)));
        assertThat(e.jobId()).contains(new JobId(JOB_ID));
        // full jitter: each wait lies within its own ceiling, 1 s, 2 s, 4 s
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(1000));
        assertThat(waits.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(2000));
        assertThat(waits.get(2)).isBetween(Duration.ZERO, Duration.ofMillis(4000));
    }

    @Test
    void aStatusReadIsNotRetriedAfterA401Or404() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\"}")));
        catchThrowableOfType(UnauthorizedException.class, () -> client.status(new JobId(JOB_ID)));
        wm.resetAll();
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404).withBody("Job not found")));
        JobNotFoundException e = catchThrowableOfType(JobNotFoundException.class, () -> client.status(new JobId(JOB_ID)));
        assertThat(e.getMessage()).contains("Job not found");
        assertThat(served()).isEqualTo(1);
    }

    @Test
    void aStatusReadAsksForTheJobIdAsOneEscapedPathSegment() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody(jobJson("active", false))));
        client.status(new JobId("a/b c?d"));
        wm.verify(getRequestedFor(urlEqualTo("/v1/ltxstudio/assets/a%2Fb%20c%3Fd")));
    }

    @Test
    void aRequestEmailThatDiffersFromTheClientDefaultIsSentInsteadOfTheDefault() {
        client.close();
        client = clientBuilder().email("default@example.com").build();
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"jobId\":\"" + ID + "\"}")));
        client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").email("second@example.com").build());
        client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").build());
        wm.verify(1, postRequestedFor(anyUrl()).withRequestBody(matchingJsonPath("$.email", equalTo("second@example.com"))));
        wm.verify(1, postRequestedFor(anyUrl()).withRequestBody(matchingJsonPath("$.email", equalTo("default@example.com"))));
    }

    @Test
    void withoutAnyEmailTheRequestNamesNone() {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"jobId\":\"" + ID + "\"}")));
        client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").build());
        assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).doesNotContain("email");
    }

    @Test
    void aPollForResultAnswerStillActiveIsAFinishedSubmissionThatIsNotDone() {
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200)
                .withBody("{\"jobId\":\"" + ID + "\",\"status\":{\"type\":\"active\",\"progress\":30}}")));
        Submission s = client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").pollForResult(2).build());
        assertThat(s.jobId()).isEqualTo(new JobId(ID));
        assertThat(s.finishedJob()).hasValueSatisfying(job -> {
            assertThat(job.isDone()).isFalse();
            assertThat(job.isFailed()).isFalse();
            assertThat(job.progress()).hasValue(30);
        });
        wm.verify(postRequestedFor(anyUrl()).withRequestBody(matchingJsonPath("$.pollForResult", equalTo("2"))));
    }

    @Test
    void theRequestCarriesTheBearerToken() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody(jobJson("active", false))));
        client.status(new JobId(JOB_ID));
        wm.verify(getRequestedFor(anyUrl()).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }
}
