package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.JobId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * What the client's logger really writes (through SLF4J to the test logging backend) holds no secret: not the token at
 * full logging, not a registered cookie, not a secret inside the format or an argument.
 *
 * <p>{@code @Isolated}: slf4j-simple writes to whatever {@code System.err} is at the moment of each write
 * ({@code simplelogger.properties}), so these tests swap {@code System.err} to read the log; no other test class may run
 * (and log, or swap the stream itself) meanwhile. Every other test of the module leaves the stream alone.
 */
@Isolated
class LoggedSecretsTest extends WireMockSupport {

    private static String capturedStderr(Runnable r) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void tokenIsRedactedAtFullLogging() {
        client.close();
        client = clientBuilder().logLevel(LtxClient.LogLevel.FULL).build();
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{\"jobId\":\"" + JOB_ID + "\"}")));
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401).withBody("{\"error\":\"Unauthorized\",\"code\":401}")));
        Throwable[] error = new Throwable[1];
        String log = capturedStderr(() -> {
            client.submit(EditRequest.builder().prompt("p").referenceAssetId("a").build());
            error[0] = catchThrowable(() -> client.status(new JobId(JOB_ID)));
        });
        assertThat(log).contains("POST " + wm.baseUrl() + "/v1/ltxstudio/images/flux-edit").contains("HTTP/1.1 200");
        assertThat(log).doesNotContain(TOKEN).doesNotContain("s3cr3t");
        assertThat(error[0].getMessage()).doesNotContain(TOKEN);
    }

    @Test
    void theLoggerHidesASecretRegisteredAfterItWasMade() {
        String cookie = "sid=Fe26.2**a1b2c3; ltx-session=xyz987";
        Redactor r = Redactor.with(TOKEN);
        RedactingLogger logger = new RedactingLogger(r);
        r.register(cookie);
        String log = capturedStderr(() -> logger.log("LtxApi#accounts()", "---> POST %s %s",
                "{\"cookie\":\"" + cookie + "\"}", new StringBuilder(TOKEN)));
        assertThat(log).contains("---> POST {\"cookie\":\"[redacted]\"} [redacted]").doesNotContain(cookie).doesNotContain(TOKEN);
    }

    @Test
    void theLoggerRedactsTheFormatAndEveryTextArgumentAndKeepsOtherArguments() {
        String token = "us:er/1\\2\"3";
        String log = capturedStderr(() -> new RedactingLogger(Redactor.with(token))
                .log("LtxApi#job(String)", "---> GET /jobs?t=" + token + " %s %s %s", "header " + token, 42, "plain"));
        assertThat(log).contains("---> GET /jobs?t=[redacted] header [redacted] 42 plain").doesNotContain(token);
    }
}
