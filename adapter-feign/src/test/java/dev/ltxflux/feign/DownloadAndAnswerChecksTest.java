package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.SubmitUnknownException;
import dev.ltxflux.core.error.ArtifactExpiredException;
import dev.ltxflux.core.error.RateLimitedException;
import dev.ltxflux.core.error.ServerException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the client checks in answers from a loopback server that lies: a download's announced length, its status, its
 * bytes; an API answer's Retry-After header in any case; a connection that never opened.
 */
@Timeout(30)
class DownloadAndAnswerChecksTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};

    @TempDir
    Path dir;

    private HostileServer server;
    private LtxClient client;
    private final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new HostileServer(HostileServer.answer(200, "image/png", PNG));
        client = builder().build();
    }

    private LtxClientBuilder builder() {
        return LtxClient.builder().baseUrl(server.baseUrl() + "/v1/ltxstudio").token("t0ken")
                .readTimeout(Duration.ofSeconds(20)).maxAttempts(2).maxDownloadBytes(64 * 1024)
                .delays(d -> {
                    pauses.add(d);
                    return CompletableFuture.completedFuture(null);
                });
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    private Job job() {
        return Job.builder(new JobId("email:u@e.com-job:1-type:image"), new JobStatus("completed"))
                .artifact(Artifact.of(URI.create(server.baseUrl() + "/artifact.png"), null, null, null, null, null)).build();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void anEmptyArtifactIsRefused() throws Exception {
        server.behave(HostileServer.answer(200, "image/png", new byte[0]));
        assertThat(catchThrowable(() -> client.download(job(), dir.resolve("out.png"))))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("the artifact is empty");
        assertThat(files()).isEmpty();
    }

    @Test
    void jpegAndWebpAreSavedByTheirFirstBytes() throws Exception {
        server.behave(HostileServer.answer(200, "image/jpeg", JPEG));
        assertThat(Files.readAllBytes(client.download(job(), dir.resolve("a.jpg")))).isEqualTo(JPEG);
        server.behave(HostileServer.answer(200, "image/webp", WEBP));
        assertThat(Files.readAllBytes(client.download(job(), dir.resolve("a.webp")))).isEqualTo(WEBP);
    }

    @Test
    void anOctetStreamOrUnnamedTypeIsAcceptedWhenTheBytesAreAnImage() throws Exception {
        server.behave(HostileServer.answer(200, "application/octet-stream", PNG));
        assertThat(client.download(job(), dir.resolve("a.png"))).exists();
        server.behave(HostileServer.answer(200, "binary/octet-stream", PNG));
        assertThat(client.download(job(), dir.resolve("b.png"))).exists();
    }

    @Test
    void anExistingFileIsReplacedAndItsFolderCreated() throws Exception {
        Path target = dir.resolve("nested/deeper/out.png");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");
        assertThat(Files.readAllBytes(client.download(job(), target))).isEqualTo(PNG);
    }

    @Test
    void aFolderThatCannotBeCreatedIsAnOutputWriteError() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertThat(catchThrowable(() -> client.download(job(), notAFolder.resolve("out.png"))))
                .isInstanceOf(dev.ltxflux.core.error.OutputWriteException.class).hasMessageContaining("folder cannot be created");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 410})
    void aRefusedLinkHasExpiredSoTheJobIsReadAgainAndItsFreshLinkDownloaded(int status) throws Exception {
        String fresh = "{\"jobId\":\"email:u@e.com-job:1-type:image\",\"status\":{\"type\":\"completed\",\"artifact\":"
                + "{\"assetUrl\":\"" + server.baseUrl() + "/fresh.png\"}}}";
        server.behave((r, out) -> {
            HostileServer.Behaviour answer = r.target().startsWith("/artifact.png")
                    ? HostileServer.answer(status, "text/plain", "gone".getBytes(StandardCharsets.UTF_8))
                    : r.target().startsWith("/fresh.png") ? HostileServer.answer(200, "image/png", PNG)
                    : HostileServer.answer(200, fresh);
            answer.answer(r, out);
        });
        assertThat(Files.readAllBytes(client.download(job(), dir.resolve("out.png")))).isEqualTo(PNG);
        assertThat(server.requests()).extracting(HostileServer.Request::target).as("no retry of a refused link")
                .containsExactly("/artifact.png", "/v1/ltxstudio/assets/email%3Au%40e.com-job%3A1-type%3Aimage", "/fresh.png");
    }

    @Test
    void aRefusedLinkWithoutAFreshOneIsAnExpiredArtifact() {
        server.behave((r, out) -> (r.target().startsWith("/artifact.png")
                ? HostileServer.answer(410, "text/plain", new byte[0])
                : HostileServer.answer(200, "{\"jobId\":\"j\",\"status\":{\"type\":\"completed\"}}")).answer(r, out));
        assertThat(catchThrowable(() -> client.download(job(), dir.resolve("out.png"))))
                .isInstanceOf(ArtifactExpiredException.class);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void anAssetHostErrorIsAServerErrorRetriedOnce() {
        server.behave(HostileServer.answer(500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8)));
        ServerException e = catchThrowableOfType(ServerException.class, () -> client.download(job(), dir.resolve("out.png")));
        assertThat(e.status()).isEqualTo(500);
        assertThat(server.requests()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 206, 304, 418})
    void anyOtherStatusIsUnexpected(int status) {
        server.behave(HostileServer.answer(status, "image/png", status == 204 || status == 304 ? new byte[0] : PNG));
        assertThat(catchThrowable(() -> client.download(job(), dir.resolve("out.png"))))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("unexpected download status");
    }

    @Test
    void aJobWithoutALinkCannotBeDownloaded() {
        Job noLink = Job.builder(new JobId("email:u@e.com-job:1-type:image"), new JobStatus("completed"))
                .artifact(Artifact.of(null, null, "asset:1", "image/png", null, null)).build();
        assertThat(catchThrowable(() -> client.download(noLink, dir.resolve("out.png")))).isNotNull();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aRetryAfterHeaderIsReadWhateverItsCase() {
        server.behave(HostileServer.answer(429, "application/json", "{\"error\":\"slow down\"}".getBytes(StandardCharsets.UTF_8),
                "retry-after", "9"));
        RateLimitedException e = catchThrowableOfType(RateLimitedException.class,
                () -> client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").build()));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(9));
        assertThat(pauses).as("a 429 submit is re-sent after the asked wait").containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void anErrorAnswerWithoutBodyIsNamedByItsStatus() {
        server.behave(HostileServer.answer(503, "text/plain", new byte[0]));
        ServerException e = catchThrowableOfType(ServerException.class, () -> client.status(new JobId("job-1")));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.retryAfter()).isEmpty();
    }

    @Test
    void aConnectionThatNeverOpenedDidNotReachTheServerAndASubmitIsResent() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        client.close();
        client = builder().baseUrl("http://127.0.0.1:" + closedPort + "/v1/ltxstudio").build();
        TransportException e = catchThrowableOfType(TransportException.class,
                () -> client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").build()));
        assertThat(e.mayHaveReachedServer()).isFalse();
        assertThat(e).hasMessageContaining("no answer from the API (");
        assertThat(pauses).as("resent once: 2 attempts").hasSize(1);
    }

    @Test
    void aConnectionDroppedAfterTheRequestMayHaveReachedTheServerAndASubmitIsNotResent() {
        server.behave((r, out) -> {
            throw new IOException("drop");
        });
        SubmitUnknownException e = catchThrowableOfType(SubmitUnknownException.class,
                () -> client.submit(EditRequest.builder().prompt("p").referenceAssetId("asset:1").build()));
        assertThat(e.getCause()).isInstanceOfSatisfying(TransportException.class, t -> assertThat(t.mayHaveReachedServer()).isTrue());
        assertThat(pauses).isEmpty();
    }
}
