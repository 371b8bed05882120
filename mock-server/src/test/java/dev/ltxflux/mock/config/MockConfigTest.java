package dev.ltxflux.mock.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mock's settings: built once from named parts, defaults from one place, each bad value naming its option. */
class MockConfigTest {

    @Test
    void defaultsAreTheDocumentedConstants() {
        MockConfig c = MockConfig.defaults();
        assertThat(c.server()).isEqualTo(new ServerSettings(MockConfig.DEFAULT_PORT, MockConfig.DEFAULT_BIND_ADDRESS, List.of(),
                MockConfig.DEFAULT_TOKEN, false, false));
        assertThat(c.jobs()).isEqualTo(new JobSettings(MockConfig.DEFAULT_JOB_DURATION, MockConfig.DEFAULT_POLL_INTERVAL,
                MockConfig.DEFAULT_SEED, true, false));
        assertThat(c.accounts()).isEqualTo(new AccountSettings(List.of(MockConfig.DEFAULT_ACCOUNT), -1, MockConfig.DEFAULT_MAX_JOBS));
        assertThat(c.recording().upstream()).isEmpty();
        assertThat(c.edge().admin()).isTrue();
        assertThat(c.edge().adminToken()).isNull();
        assertThat(c.webhooks().threads()).isEqualTo(MockConfig.DEFAULT_WEBHOOK_THREADS);
        assertThat(c.storage().retention()).isEqualTo(MockConfig.DEFAULT_RETENTION);
    }

    @Test
    void toBuilderKeepsEveryValue() {
        MockConfig changed = MockConfig.builder().port(0).bindAddress("0.0.0.0").corsOrigins(List.of("*")).token("user:t")
                .verbose(true).requestJournal(true).jobDuration(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .seed(7).completedWithoutArtifact(false).strict(true).accounts(List.of("a@b.c", "d@e.f")).credits(3).maxJobs(2)
                .retention(Duration.ofMinutes(2)).artifactTtl(Duration.ofMinutes(1)).maxStoredUploads(5).maxStoredUploadBytes(6)
                .maxPixels(7).renderCache(8).webhookAttempts(9).webhookBackoff(Duration.ofMillis(11))
                .webhookTimeout(Duration.ofSeconds(12)).webhookThreads(13).webhookAllowPrivate(true)
                .recordFrom("https://api.example/v1").admin(false).adminToken("adm").adminHosts(List.of("Mock.Test"))
                .allowAdminWrites(true).allowProxyStubs(true).maxBodyBytes(2048).maxUploadBytes(4096)
                .bodyReadTimeout(Duration.ofSeconds(3)).acceptQueue(14).containerThreads(15).build();
        assertThat(changed.toBuilder().build()).isEqualTo(changed);
        assertThat(changed.edge().adminHosts()).containsExactly("mock.test");
        assertThat(MockConfig.defaults().toBuilder().port(0).build().server().port()).isZero();
    }

    @Test
    void toStringHidesBothTokens() {
        MockConfig c = MockConfig.builder().token("user:secret-api").adminToken("secret-admin").build();
        assertThat(c.toString()).doesNotContain("secret-api", "secret-admin").contains("token=***", "adminToken=***");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--port|port", "--token|token", "--bind|bind", "--cors|cors", "--job-duration|jobDuration",
            "--poll-interval|pollInterval", "--accounts|accounts", "--max-jobs|maxJobs", "--retention|retention",
            "--artifact-ttl|artifactTtl", "--max-stored-uploads|maxStoredUploads", "--max-pixels|maxPixels",
            "--render-cache|renderCache", "--webhook-attempts|webhookAttempts", "--webhook-backoff|webhookBackoff",
            "--webhook-timeout|webhookTimeout", "--webhook-threads|webhookThreads", "--record-from|recordFrom",
            "--admin-token|adminToken", "--admin-host|adminHosts", "--max-body-bytes|maxBodyBytes",
            "--max-upload-bytes|maxUploadBytes", "--body-read-timeout|bodyReadTimeout", "--accept-queue|acceptQueue",
            "--container-threads|containerThreads"})
    void aBadValueNamesItsOption(String option, String setting) {
        assertThatThrownBy(() -> bad(setting).apply(MockConfig.builder()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(option + " ");
    }

    private static UnaryOperator<MockConfig.Builder> bad(String setting) {
        Duration negative = Duration.ofSeconds(-1);
        return switch (setting) {
            case "port" -> b -> b.port(70_000);
            case "token" -> b -> b.token("two words");
            case "bind" -> b -> b.bindAddress("my host");
            case "cors" -> b -> b.corsOrigins(List.of("app.test/path"));
            case "jobDuration" -> b -> b.jobDuration(negative);
            case "pollInterval" -> b -> b.pollInterval(Duration.ZERO);
            case "accounts" -> b -> b.accounts(List.of("not-an-email"));
            case "maxJobs" -> b -> b.maxJobs(0);
            case "retention" -> b -> b.retention(Duration.ZERO);
            case "artifactTtl" -> b -> b.artifactTtl(negative);
            case "maxStoredUploads" -> b -> b.maxStoredUploads(0);
            case "maxPixels" -> b -> b.maxPixels(0);
            case "renderCache" -> b -> b.renderCache(0);
            case "webhookAttempts" -> b -> b.webhookAttempts(11);
            case "webhookBackoff" -> b -> b.webhookBackoff(negative);
            case "webhookTimeout" -> b -> b.webhookTimeout(Duration.ZERO);
            case "webhookThreads" -> b -> b.webhookThreads(0);
            case "recordFrom" -> b -> b.recordFrom("ftp://x");
            case "adminToken" -> b -> b.adminToken(" ");
            case "adminHosts" -> b -> b.adminHosts(List.of("bad host"));
            case "maxBodyBytes" -> b -> b.maxBodyBytes(10);
            case "maxUploadBytes" -> b -> b.maxUploadBytes(0);
            case "bodyReadTimeout" -> b -> b.bodyReadTimeout(Duration.ZERO);
            case "acceptQueue" -> b -> b.acceptQueue(0);
            case "containerThreads" -> b -> b.containerThreads(7);
            default -> throw new IllegalArgumentException(setting);
        };
    }
}
