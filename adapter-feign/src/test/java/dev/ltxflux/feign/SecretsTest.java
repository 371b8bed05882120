package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.JobId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsTest extends WireMockSupport {

    @Test
    void tokenIsRedactedAtFullLogging() {
        client.close();
        client = clientBuilder().logLevel(LtxClient.LogLevel.FULL).build();
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"jobId\":\"" + JOB_ID + "\"}")));
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\",\"code\":401}")));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Throwable error;
        try {
            client.submit(EditRequest.builder().prompt("p").referenceAssetId("a").build());
            error = catchThrowable(() -> client.status(new JobId(JOB_ID)));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("POST " + wm.baseUrl() + "/v1/ltxstudio/images/flux-edit").contains("HTTP/1.1 200");
        assertThat(log).doesNotContain(TOKEN).doesNotContain("s3cr3t");
        assertThat(error.getMessage()).doesNotContain(TOKEN);
    }

    @Test
    void toStringNeverShowsTheToken() {
        assertThat(client.toString()).doesNotContain(TOKEN).contains("[redacted]");
        assertThat(clientBuilder().toString()).doesNotContain(TOKEN);
    }

    @Test
    void builderListsEveryBadSettingNamingEach() {
        InvalidRequestException e = (InvalidRequestException) catchThrowable(() -> LtxClient.builder()
                .baseUrl("http://api.example.com/v1").token(" ").maxAttempts(0).build());
        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("token", "baseUrl", "maxAttempts");
        assertThat(e.getMessage()).contains("must use https (http is allowed only for loopback hosts");
    }

    @Test
    void fromEnvRequiresTheTokenAndNamesTheVariable() {
        assertThat(catchThrowable(() -> LtxClient.fromEnv(Map.of()))).hasMessageContaining("'USEAPI_TOKEN' is required");
        try (LtxClient c = LtxClient.fromEnv(Map.of("USEAPI_TOKEN", TOKEN, "LTXFLUX_BASE_URL", "http://localhost:1/v1/ltxstudio/"))) {
            assertThat(c.baseUrl()).isEqualTo("http://localhost:1/v1/ltxstudio");
        }
    }
}
