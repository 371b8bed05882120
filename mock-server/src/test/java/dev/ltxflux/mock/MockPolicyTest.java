package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.extension.ArtifactLinks;
import dev.ltxflux.mock.extension.Responses;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

class MockPolicyTest {

    @RegisterExtension
    LtxMockExtension ltx = LtxMockExtension.with(b -> b.accounts(List.of("a@example.com", "b@example.com"))
            .retention(Duration.ofSeconds(4))); // long enough for a loaded machine between an upload and its submit

    @Test
    void withSeveralAccountsARequestMustNameItsAccount() {
        MockCalls calls = new MockCalls(ltx);
        HttpResponse<byte[]> upload = Http.upload(ltx.baseUrl() + "/assets/?type=reference-image", ltx.token(), "image/png", MockCalls.PNG);
        assertThat(upload.statusCode()).isEqualTo(400);
        assertThat(Http.json(upload).get("error").asText()).isEqualTo("email: is required when more than one account is configured");
        String asset = Http.json(Http.upload(ltx.baseUrl() + "/assets/?type=reference-image&email=b%40example.com", ltx.token(),
                "image/png", MockCalls.PNG)).at("/asset/fileId").asText();
        assertThat(Http.json(calls.submit("{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\"}")).get("error").asText())
                .startsWith("email: is required");
        assertThat(Http.json(calls.submit("{\"email\":\"a@example.com\",\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\"}"))
                .get("error").asText()).as("an asset lives in the account that uploaded it").contains("not found in account a@example.com");
        var ok = calls.submit("{\"email\":\"b@example.com\",\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\"}");
        assertThat(Http.json(ok).get("jobId").asText()).startsWith("email:b@example.com-job:");
    }

    @Test
    void expiredJobsAnswer404AndAreEvicted() throws Exception {
        MockCalls calls = new MockCalls(ltx);
        String id = submitIn("a@example.com", calls);
        assertThat(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), ltx.token()).statusCode()).isEqualTo(200);
        ltx.advance(Duration.ofSeconds(4));
        assertThat(Http.text(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(id), ltx.token()))).isEqualTo(Responses.JOB_NOT_FOUND);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!ltx.server().store().jobs().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ltx.server().store().jobs()).isEmpty();
    }

    private String submitIn(String account, MockCalls calls) {
        String asset = Http.json(Http.upload(ltx.baseUrl() + "/assets/?type=reference-image&email=" + account.replace("@", "%40"),
                ltx.token(), "image/png", MockCalls.PNG)).at("/asset/fileId").asText();
        return Http.json(calls.submit("{\"email\":\"" + account + "\",\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\"}"))
                .get("jobId").asText();
    }

    @Test
    void strictModeAnswersADriftingBodyWithALoud500AndRecordsIt() {
        JobStore store = new JobStore(MockConfig.forTests(), Clock.systemUTC());
        Responses strict = new Responses(store, new SchemaCatalog(), new ArtifactLinks());
        var drifted = new ObjectMapper().createObjectNode();
        drifted.putObject("status").put("type", "queued");
        var answer = strict.json(200, SchemaName.JOB, drifted).build();
        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(answer.getBody()).contains("mock strict mode: response drifted from job.schema.json");
        assertThat(store.drifts().all()).singleElement().asString().contains("queued");
    }

    @Test
    void optionErrorsNameTheOptionAndHelpListsEveryOption() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cli = new CommandLine(new MockCommand());
        cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        assertThat(cli.execute("--port", "70000")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port must be between 0 and 65535");
        assertThatThrownBy(() -> new DurationConverter().convert("soon")).hasMessageContaining("'soon' is not a duration");
        String help = new CommandLine(new MockCommand()).getUsageMessage();
        assertThat(help).contains("--port", "--token", "--job-duration", "--poll-interval", "--seed", "--accounts", "--credits",
                "--max-jobs", "--strict", "--retention", "--verbose", "--record-from");
    }
}
