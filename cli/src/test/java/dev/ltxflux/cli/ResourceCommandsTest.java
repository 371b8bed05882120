package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.render.ImageEditor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assets}, {@code scheduler} and {@code accounts} in-process against a real mock on loopback. */
class ResourceCommandsTest {

    static LtxMockServer mock;
    static final String REFRESH = "refresh-SECRET-cli-42";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void start() {
        mock = new LtxMockServer(MockConfig.forTests().toBuilder().jobDuration(Duration.ofSeconds(30)).build()).start();
    }

    @AfterAll
    static void stop() {
        mock.stop();
    }

    /** {@code ltxflux args...} in-process ({@link InProcessCli}: its own environment and streams) against the mock. */
    private Run run(String... args) {
        InProcessCli.Run r = InProcessCli.in(dir).against(mock.token(), mock.baseUrl()).run(args);
        return new Run(r.exit(), r.out(), r.err());
    }

    static String cookie(String email) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return "lt_id=user5; lt_token=" + b.encodeToString("{}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(("{\"email\":\"" + email + "\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln; lt_refresh_token=" + REFRESH;
    }

    @Test
    void accountsAddReadsTheCookieFromAFileAndNoOutputShowsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("cookie.txt"), "Cookie: " + cookie("cli@example.com") + "\n");
        Run add = run("accounts", "add", "--cookie-file", file.toString(), "--max-jobs", "3");
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("account cli@example.com configured (maxJobs 3)");
        Run list = run("accounts", "list");
        assertThat(list.out()).contains("EMAIL").contains("cli@example.com").contains("user@example.com");
        Run show = run("accounts", "show", "cli@example.com", "--json");
        JsonNode account = new ObjectMapper().readTree(show.out());
        assertThat(account.at("/balance/LTXStudio_token").isNumber()).isTrue();
        assertThat(account.at("/cookie/lt_token").asText()).isEqualTo("…secured…");
        Run remove = run("accounts", "remove", "cli@example.com");
        assertThat(remove.exit()).isZero();
        Run gone = run("accounts", "show", "cli@example.com");
        assertThat(gone.exit()).isEqualTo(ExitCode.API_ERROR);
        assertThat(gone.err()).contains("Account configuration not found");
        for (Run r : List.of(add, list, show, remove, gone)) {
            assertThat(r.out() + r.err()).doesNotContain(REFRESH);
        }
    }

    @Test
    void aBadCookieOrMaxJobsIsRefusedBeforeSendingNamingEveryField() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.txt"), "lt_id=user5; lt_token=SECRETPART");
        Run r = run("accounts", "add", "--cookie-file", file.toString(), "--max-jobs", "0");
        assertThat(r.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(r.err()).contains("lt_refresh_token").contains("--max-jobs").doesNotContain("SECRETPART");
    }

    @Test
    void schedulerShowsRunningJobsCapacityAndStops() throws Exception {
        Path in = Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48));
        String fileId = run("upload", in.toString()).out().strip();
        var client = dev.ltxflux.feign.LtxClient.builder().baseUrl(mock.baseUrl()).token(mock.token()).build();
        String jobId = client.submit(dev.ltxflux.core.model.edit.EditRequest.builder().prompt("Add fog").referenceAssetId(fileId)
                .replyRef("cli-ref").build()).jobId().value();
        client.close();
        Run list = run("scheduler");
        assertThat(list.out()).contains(jobId).contains("cli-ref");
        Run available = run("scheduler", "--available", "--json");
        JsonNode capacity = new ObjectMapper().readTree(available.out());
        assertThat(capacity.at("/available/0/executing").asInt()).isEqualTo(1);
        Run stop = run("scheduler", "--stop", jobId);
        assertThat(stop.exit()).as(stop.err()).isZero();
        assertThat(run("scheduler", "--json").out()).doesNotContain(jobId);
        Run again = run("scheduler", "--stop", jobId);
        assertThat(again.exit()).isEqualTo(ExitCode.API_ERROR);
        assertThat(again.err()).contains("Unable to locate running jobId");
    }

    @Test
    void assetsListsOnePageOrAllPages() throws Exception {
        for (int i = 0; i < 3; i++) {
            Path in = Files.write(dir.resolve("a" + i + ".png"), ImageEditor.sample(32, 32));
            assertThat(run("upload", in.toString()).exit()).isZero();
        }
        Run page = run("assets", "--limit", "2");
        assertThat(page.out().lines().count()).as(page.out()).isEqualTo(3);
        assertThat(page.err()).contains("page 1 of ").contains("--all");
        Run all = run("assets", "--limit", "2", "--all", "--filter", "images", "--json");
        JsonNode root = new ObjectMapper().readTree(all.out());
        assertThat(root.get("items").size()).isEqualTo(root.at("/meta/totalItems").asInt());
        assertThat(root.at("/meta/pagesFetched").asInt()).isEqualTo(root.at("/meta/totalPages").asInt());
        Run bad = run("assets", "--filter", "gifs", "--limit", "0");
        assertThat(bad.exit()).isEqualTo(ExitCode.INVALID);
        assertThat(bad.err()).contains("filter").contains("limit");
    }
}
