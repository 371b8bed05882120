package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder's rules at their edges, each setting on its own, through the public builder; and a closed client. */
class BuilderRulesTest {

    private static LtxClientBuilder valid() {
        return LtxClient.builder().baseUrl("http://127.0.0.1:1/v1/ltxstudio").token("t0ken");
    }

    /** The fields the builder names when {@code change} is applied to a valid builder (empty: it builds). */
    private static List<String> violations(UnaryOperator<LtxClientBuilder> change) {
        Throwable t = catchThrowable(() -> change.apply(valid()).build().close()); // built and closed: no violation
        if (t == null) {
            return List.of();
        }
        assertThat(t).isInstanceOf(InvalidRequestException.class);
        return ((InvalidRequestException) t).violations().stream().map(Violation::field).toList();
    }

    @Test
    void durationsMustBePositive() {
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1)}) {
            assertThat(violations(b -> b.connectTimeout(bad))).containsExactly("connectTimeout");
            assertThat(violations(b -> b.readTimeout(bad))).containsExactly("readTimeout");
            assertThat(violations(b -> b.retryBaseDelay(bad))).containsExactly("retryBaseDelay");
            assertThat(violations(b -> b.maxRetryDelay(bad))).containsExactly("maxRetryDelay");
        }
        assertThat(violations(b -> b.connectTimeout(Duration.ofNanos(1)).readTimeout(Duration.ofNanos(1))
                .retryBaseDelay(Duration.ofNanos(1)).maxRetryDelay(Duration.ofNanos(1)))).isEmpty();
    }

    @Test
    void attemptsRunFromOneToTen() {
        assertThat(violations(b -> b.maxAttempts(0))).containsExactly("maxAttempts");
        assertThat(violations(b -> b.maxAttempts(11))).containsExactly("maxAttempts");
        assertThat(violations(b -> b.maxAttempts(1))).isEmpty();
        assertThat(violations(b -> b.maxAttempts(10))).isEmpty();
    }

    @Test
    void capsMustBeAtLeastOneByte() {
        assertThat(violations(b -> b.maxDownloadBytes(0))).containsExactly("maxDownloadBytes");
        assertThat(violations(b -> b.maxAnswerBytes(0))).containsExactly("maxAnswerBytes");
        assertThat(violations(b -> b.maxDownloadBytes(1).maxAnswerBytes(1))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "tab\there", "del\u007f", "caf\u00e9"})
    void aTokenMustBeVisibleAscii(String token) {
        assertThat(violations(b -> b.token(token))).containsExactly("token");
    }

    @Test
    void theVisibleAsciiEdgesAreAValidToken() {
        assertThat(violations(b -> b.token("!~"))).isEmpty();
    }

    @Test
    void aMissingTokenIsNamedAsTheSetterOrAsTheVariable() {
        assertThat(violations(b -> b.token(null))).containsExactly("token");
        assertThat(violations(b -> b.token(null).fromEnv(Map.of()))).containsExactly("USEAPI_TOKEN");
    }

    @Test
    void anEmailMustBeAnAddress() {
        assertThat(violations(b -> b.email("nobody"))).containsExactly("email");
        assertThat(violations(b -> b.email("a@b\nc"))).containsExactly("email");
        assertThat(violations(b -> b.email("a@b.c"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:1/v1", "http://LOCALHOST:1/v1", "http://127.0.0.1:1/v1", "http://127.1.2.3:1/v1",
            "http://[::1]:1/v1", "https://api.example.com/v1"})
    void plainHttpIsAllowedToLoopbackHostsAndHttpsEverywhere(String url) {
        assertThat(violations(b -> b.baseUrl(url))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.0.0.1:1/v1", "http://[::2]:1/v1", "http://127.example.com/v1", "http://localhost.example.com/v1",
            "ftp://127.0.0.1/v1"})
    void plainHttpToAnyOtherHostIsRefused(String url) {
        assertThat(violations(b -> b.baseUrl(url))).containsExactly("baseUrl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "/relative/path", "mailto:x@y.z"})
    void aBaseUrlMustBeAbsoluteWithAHost(String url) {
        assertThat(violations(b -> b.baseUrl(url))).containsExactly("baseUrl");
    }

    @Test
    void aTrailingSlashIsDroppedFromTheBaseUrl() {
        try (LtxClient c = valid().baseUrl("http://127.0.0.1:1/v1/ltxstudio/").build()) {
            assertThat(c.baseUrl()).isEqualTo("http://127.0.0.1:1/v1/ltxstudio");
        }
    }

    @Test
    void fromEnvBuildsAClientFromTheVariables() {
        try (LtxClient c = LtxClient.fromEnv(Map.of("USEAPI_TOKEN", "t0ken", "LTXFLUX_BASE_URL", " http://localhost:1/v1 ",
                "USEAPI_EMAIL", " a@b.c "))) {
            assertThat(c.baseUrl()).isEqualTo("http://localhost:1/v1");
            assertThat(c.readJobPort()).isNotNull();
        }
    }

    @Test
    void theBuilderShowsItsBaseUrlButNeverItsToken() {
        LtxClientBuilder b = valid().token("s3cr3t-token");
        assertThat(b.toString()).contains("http://127.0.0.1:1/v1/ltxstudio").contains("[redacted]").doesNotContain("s3cr3t");
        assertThat(LtxClient.builder().connectTimeout(Duration.ofSeconds(1))).isNotNull();
    }

    @Test
    void aClosedClientRefusesEveryCall() {
        LtxClient c = valid().build();
        c.close();
        Job done = Job.builder(new JobId("job-1"), new JobStatus("completed"))
                .artifact(Artifact.of(URI.create("http://127.0.0.1:1/a.png"), null, null, null, null, null)).build();
        EditRequest request = EditRequest.builder().prompt("p").referenceAssetId("asset:1").build();
        assertThat(catchThrowable(() -> c.submit(request))).isInstanceOf(ClientClosedException.class);
        assertThat(catchThrowable(() -> c.status(new JobId("job-1")))).isInstanceOf(ClientClosedException.class);
        assertThat(catchThrowable(() -> c.upload(Path.of("in.png")))).isInstanceOf(ClientClosedException.class);
        assertThat(catchThrowable(() -> c.download(done, Path.of("out.png")))).isInstanceOf(ClientClosedException.class);
        assertThat(catchThrowableOfType(ClientClosedException.class, () -> c.submit(request))).hasMessage("the client is closed");
    }
}
