package dev.ltxflux.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.ltxflux.core.error.JobFailedException;
import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnauthorizedException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.model.job.Backoff;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Leg 5: the adapter runs the whole flow against the mock-server jar started as a separate process. */
class EndToEndTest {

    private static final Path JAR = Path.of(System.getProperty("ltxflux.mock.jar", "../mock-server/target/ltxflux-mock-server.jar"));
    private static final String TOKEN = "user:777-e2e";
    private static Process process;
    private static String baseUrl;
    private static MockAdmin admin;

    @TempDir
    Path dir;

    private LtxClient client;
    private Path input;

    @BeforeAll
    static void startJar() throws Exception {
        assertThat(JAR).as("the mock jar is built before the contract tests").exists();
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-jar", JAR.toString(),
                "--port", "0", "--token", TOKEN, "--job-duration", "1s", "--poll-interval", "200ms", "--strict", "--journal")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String line;
        while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
            Matcher m = Pattern.compile("ready at (http://127\\.0\\.0\\.1:\\d+/v1/ltxstudio)").matcher(line);
            if (m.find()) {
                baseUrl = m.group(1);
                break;
            }
        }
        assertThat(baseUrl).as("the jar printed its base URL").isNotNull();
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "mock-jar-output");
        drain.setDaemon(true);
        drain.start();
        admin = new MockAdmin(baseUrl.replace("/v1/ltxstudio", ""));
    }

    @AfterAll
    static void stopJar() throws Exception {
        process.destroy();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("Ctrl-C (SIGTERM) stops the jar cleanly").isTrue();
    }

    @BeforeEach
    void setUp() throws Exception {
        admin.reset();
        client = LtxClient.builder().baseUrl(baseUrl).token(TOKEN).journal(dev.ltxflux.journal.file.FileJobJournal.open(dir.resolve("jobs.log"))).retryBaseDelay(Duration.ofMillis(10))
                .polling(new Backoff(Duration.ofMillis(100), 1.5, Duration.ofMillis(300))).build();
        input = Files.write(dir.resolve("in.png"), ImageEditor.sample(200, 300));
    }

    @AfterEach
    void tearDown() {
        client.close();
        assertThat(admin.drifts()).as("strict-mode drifts").isEmpty();
    }

    @Test
    void wholeFlowThroughTheOutOfSyncQuirkDownloadsThePngTheMockMade() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        ImageOutcome out = client.edit(EditImageCommand.forFile(input, EditRequest.builder().prompt("Add golden sunset lighting")
                        .aspectRatio("9:16").seed(42L), dir.resolve("out.png"),
                AwaitOptions.timeout(Duration.ofSeconds(30)).withListener(j -> seen.add(j.status().wire() + "/" + j.isDone()))));
        assertThat(seen).contains("completed/false").endsWith("completed/true");
        assertThat(Files.readAllBytes(out.file()))
                .isEqualTo(ImageEditor.edit(Files.readAllBytes(input), "9:16", "Add golden sunset lighting", 42L));
        assertThat(admin.count("POST", "/v1/ltxstudio/images/")).isEqualTo(1);
    }

    @Test
    void pollForResultAnswersTheFinishedJob() {
        String asset = client.upload(input).fileId().value();
        Submission s = client.submit(EditRequest.builder().prompt("p").referenceAssetId(asset).pollForResult(10).build());
        assertThat(s).isInstanceOf(Submission.Finished.class);
        assertThat(client.download(s.finishedJob().orElseThrow(), dir.resolve("p.png"))).exists();
    }

    @Test
    void webhookReachesALocalListenerWithTheJobModel() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/ltx", x -> {
            bodies.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        listener.start();
        try {
            String asset = client.upload(input).fileId().value();
            var id = client.submit(EditRequest.builder().prompt("p").referenceAssetId(asset)
                    .replyUrl("http://127.0.0.1:" + listener.getAddress().getPort() + "/ltx").replyRef("e2e-ref").build()).jobId();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (bodies.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(bodies).hasSize(1);
            JsonNode body = Fixtures.JSON.readTree(bodies.get(0));
            assertThat(new SchemaCatalog().problems(SchemaName.JOB, body)).isEmpty();
            assertThat(body.get("jobId").asText()).isEqualTo(id.value());
            assertThat(body.get("replyRef").asText()).isEqualTo("e2e-ref");
        } finally {
            listener.stop(0);
        }
    }

    @ParameterizedTest(name = "fault {0} -> {1}, {2} submit(s) sent, {3} job(s) created")
    @CsvSource({
            "402, InsufficientCreditsException, 1, 0",
            "500, SubmitUnknownException:ServerException, 1, 0",
            "503, SubmitUnknownException:ServerException, 1, 0",
            "596, AccountNeedsAttentionException, 1, 0",
            "drop, SubmitUnknownException:TransportException, 1, 0",
            "429, none, 2, 1"})
    void eachInjectedErrorRaisesItsTypedErrorAndNothingIsSubmittedTwice(String fault, String error, int sent, int created) {
        String asset = client.upload(input).fileId().value();
        String rule = fault.equals("drop") ? "{\"route\":\"submit\",\"action\":\"drop\"}"
                : "{\"route\":\"submit\",\"action\":\"status\",\"status\":" + fault + "}";
        admin.fault(rule);
        EditRequest request = EditRequest.builder().prompt("p").referenceAssetId(asset).build();
        if (error.equals("none")) {
            assertThat(client.submit(request).jobId()).isNotNull();
        } else {
            LtxException e = catchThrowableOfType(LtxException.class, () -> client.submit(request));
            assertThat(e).isNotNull();
            String[] expected = error.split(":");
            assertThat(e.getClass().getSimpleName()).isEqualTo(expected[0]);
            if (expected.length > 1) {
                assertThat(e.getCause().getClass().getSimpleName()).as("what ended the call").isEqualTo(expected[1]);
                assertThat(client.journal().unfinished()).as("journaled unknown, never re-sent").singleElement()
                        .satisfies(r -> assertThat(r.state()).isEqualTo(dev.ltxflux.core.model.journal.JobState.UNKNOWN));
            }
            if (e.getCause() instanceof TransportException t) {
                assertThat(t.mayHaveReachedServer()).isTrue();
            }
        }
        assertThat(admin.count("POST", "/v1/ltxstudio/images/")).isEqualTo(sent);
        assertThat(admin.jobs().size()).isEqualTo(created);
    }

    @Test
    void failedJobRaisesJobFailedWithItsIdAndIsJournaled() {
        admin.fault("{\"route\":\"submit\",\"action\":\"fail-job\"}");
        JobFailedException e = catchThrowableOfType(JobFailedException.class, () -> client.edit(EditImageCommand.forFile(input,
                EditRequest.builder().prompt("p"), dir.resolve("f.png"), AwaitOptions.timeout(Duration.ofSeconds(30)))));
        assertThat(e.jobId()).isPresent();
        assertThat(client.journal().recent(10)).extracting(j -> j.jobId().orElseThrow()).containsExactly(e.jobId().get());
        assertThat(dir.resolve("f.png")).doesNotExist();
    }

    @Test
    void wrongTokenIsUnauthorized() {
        try (LtxClient wrong = LtxClient.builder().baseUrl(baseUrl).token("user:1-nope").build()) {
            assertThat(catchThrowableOfType(UnauthorizedException.class, () -> wrong.upload(input)).status()).isEqualTo(401);
        }
    }

}
