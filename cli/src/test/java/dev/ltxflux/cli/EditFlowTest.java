package dev.ltxflux.cli;

import static dev.ltxflux.cli.InProcessCli.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.FaultRule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edit}, {@code wait}, {@code jobs} and {@code upload} with a token against a loopback mock, in-process. */
class EditFlowTest {

    private static final Pattern RESUME = Pattern.compile("resume with: java -jar cli/target/ltxflux.jar (wait '([^']+)'.*)");

    @TempDir
    Path dir;

    private LtxMockServer mock;

    @AfterEach
    void stop() {
        mock.stop();
    }

    private InProcessCli cli(Duration jobDuration) {
        mock = new LtxMockServer(MockConfig.forTests().toBuilder().jobDuration(jobDuration).build()).start();
        return InProcessCli.in(dir).against(mock.token(), mock.baseUrl());
    }

    @Test
    void aTimeoutPrintsAResumeLineThatKeepsOutAndTheLineResumes() throws Exception {
        InProcessCli cli = cli(Duration.ofSeconds(2));
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--timeout", "200ms", "--out", "later.png");
        assertThat(r.exit()).as(r.all()).isEqualTo(5);
        Matcher m = RESUME.matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        assertThat(m.group(1)).isEqualTo("wait '" + m.group(2) + "' --out 'later.png'");
        assertThat(cli.run("jobs").out()).contains(m.group(2));

        var resumed = cli.run("wait", m.group(2), "--out", "later.png");

        assertThat(resumed.exit()).as(resumed.all()).isZero();
        assertThat(ImageIO.read(cli.work().resolve("later.png").toFile())).isNotNull();
    }

    @Test
    void theDefaultOutIsInTheResumeLineToo() {
        var r = cli(Duration.ofSeconds(2)).run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--timeout", "200ms");
        assertThat(r.exit()).as(r.all()).isEqualTo(5);
        assertThat(r.err()).containsPattern("resume with: .* wait '[^']+' --out 'landscape-edited.png'");
    }

    @Test
    void aFailedJobExitsWith4WithTheApisMessageAndNoResumeLine() {
        InProcessCli cli = cli(Duration.ofMillis(300));
        mock.store().addFault(new FaultRule("submit", "fail-job", 0, 0, 1));
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "p");
        assertThat(r.exit()).as(r.all()).isEqualTo(4);
        assertThat(r.err()).contains("failed: Generation failed").doesNotContain("resume with");
    }

    @Test
    void jsonPrintsTheFinalJobForScriptsWithItsLink() throws Exception {
        var r = cli(Duration.ofMillis(300)).run("edit", "--image", SAMPLE.toString(), "--prompt", "p", "--aspect-ratio", "1:1", "--json");
        assertThat(r.exit()).as(r.all()).isZero();
        JsonNode job = new ObjectMapper().readTree(r.out());
        assertThat(job.at("/status/type").asText()).isEqualTo("completed");
        assertThat(job.at("/status/artifact/assetUrl").asText()).startsWith(mock.origin());
        assertThat(job.get("file").asText()).endsWith("landscape-edited.png");
        assertThat(ImageIO.read(Path.of(job.get("file").asText()).toFile()).getWidth()).isEqualTo(384);
    }

    @Test
    void aWrongTokenFromTheEnvironmentSaysWhereItCameFromAndWhatTheMockAccepts() {
        InProcessCli cli = cli(Duration.ofMillis(300)).env("USEAPI_TOKEN", "user:1-wrong");
        var r = cli.run("edit", "--image", SAMPLE.toString(), "--prompt", "p");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("error: the API answered 401: Unauthorized")
                .contains("the token came from $USEAPI_TOKEN (--token overrides it)")
                .contains("A mock accepts the token it was started with (its --token; 'ltxflux mock' prints it, default 'user:12345-mock')")
                .doesNotContain("user:1-wrong").doesNotContain("\tat ").doesNotContain("resume with");
    }

    @Test
    void aWrongTokenFromTheFlagSaysSo() {
        var r = cli(Duration.ofMillis(300)).run("status", "job-1", "--token", "user:2-wrong");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("the token came from --token and host 127.0.0.1 port " + mock.port() + " refused it")
                .doesNotContain("user:2-wrong");
    }

    @Test
    void statusOfAnUnknownJobExitsWith3WithTheApisSentenceAndNoResumeLine() {
        var r = cli(Duration.ofMillis(300)).run("status", "email:user@example.com-job:nope-type:image");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("404: Job not found or has expired.").doesNotContain("resume with");
    }

    @Test
    void uploadPrintsTheAssetIdAndStatusShowsTheLinkOfAJobWithAToken() {
        InProcessCli cli = cli(Duration.ofMillis(300));
        var up = cli.run("upload", SAMPLE.toString());
        assertThat(up.exit()).as(up.all()).isZero();
        assertThat(up.out().strip()).matches("asset:[0-9a-f-]+-type:image/png");

        var edit = cli.run("edit", "--asset", up.out().strip(), "--prompt", "p", "--out", "a.png");
        assertThat(edit.exit()).as(edit.all()).isZero();
        String id = mock.store().jobs().iterator().next().id();
        var status = cli.run("status", id);
        assertThat(status.out()).contains("completed 100% " + mock.origin());
        assertThat(status.err()).doesNotContain("note:");
    }

    @Test
    void uploadOfAMissingFileNamesItsArgumentNotImage() {
        var r = cli(Duration.ofMillis(300)).run("upload", "missing.png");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: <file> must be an existing file (").doesNotContain("--image");
    }
}
