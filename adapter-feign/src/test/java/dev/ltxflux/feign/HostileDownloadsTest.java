package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.LtxException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Downloads from an asset host that drips, never ends, lies about lengths or serves HTML: typed errors, no stray files. */
@Timeout(10)
class HostileDownloadsTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @TempDir
    Path dir;

    private HostileServer server;
    private LtxClient client;

    @BeforeEach
    void start() throws Exception {
        server = new HostileServer(HostileServer.answer(200, "image/png", PNG));
        client = builder().build();
    }

    LtxClientBuilder builder() {
        return LtxClient.builder().baseUrl(server.baseUrl() + "/v1/ltxstudio").token("t0ken")
                .readTimeout(Duration.ofMillis(400)).maxAttempts(2).maxDownloadBytes(64 * 1024)
                .delays(d -> CompletableFuture.completedFuture(null));
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        server.close();
    }

    private Job doneJob(String url) {
        return Job.builder(new JobId("email:u@e.com-job:1-type:image"), new JobStatus("completed"))
                .artifact(Artifact.of(URI.create(url), null, null, null, null, null)).build();
    }

    private Job job() {
        return doneJob(server.baseUrl() + "/artifact.png");
    }

    private Stream<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList().stream();
        }
    }

    @Test
    void aCompleteImageIsSavedWithTheProcessUmaskNotForced0600() throws Exception {
        Path out = client.download(job(), dir.resolve("out.png"));
        assertThat(Files.readAllBytes(out)).isEqualTo(PNG);
        assertThat(leftovers()).containsExactly(out);
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
        assertThat(perms).as("group or others can read under a usual umask (022/002)")
                .containsAnyOf(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
    }

    @Test
    void aDrippingBodyEndsAtTheDeadlineAndLeavesNoPartFile() throws Exception {
        server.behave(server.drip("image/png", 50));
        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, () -> client.download(job(), dir.resolve("out.png")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("2 attempts of 400 ms; the drip never ends").isLessThan(CallTimeoutTest.UNBOUNDED);
        assertThat(e).hasMessageContaining("no complete answer");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anEndlessBodyIsCutAtTheDownloadCap() throws Exception {
        client.close();
        client = builder().readTimeout(Duration.ofSeconds(5)).build();
        server.behave(HostileServer.endless("image/png"));
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> client.download(job(), dir.resolve("out.png")));
        assertThat(e).hasMessageContaining("larger than the download cap of 65536 bytes");
        assertThat(leftovers()).isEmpty();
        assertThat(server.requests()).as("a refused size is not retried").hasSize(1);
    }

    @Test
    void anAnnouncedLengthOverTheCapIsRefusedBeforeReading() throws Exception {
        byte[] big = Arrays.copyOf(PNG, 100_000);
        server.behave(HostileServer.answer(200, "image/png", big));
        assertThat(catchThrowable(() -> client.download(job(), dir.resolve("out.png"))))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("download cap");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aTruncatedBodyIsATransportErrorAndLeavesNoPartFile() throws Exception {
        server.behave(HostileServer.truncated("image/png", PNG, 5000));
        assertThat(catchThrowable(() -> client.download(job(), dir.resolve("out.png")))).isInstanceOf(TransportException.class);
        assertThat(leftovers()).isEmpty();
        assertThat(server.requests()).as("a download is idempotent: retried").hasSize(2);
    }

    @Test
    void htmlServedAsTheArtifactIsRefusedNotSavedAsPng() throws Exception {
        server.behave(HostileServer.answer(200, "text/html", "<html>login</html>".getBytes()));
        assertThat(catchThrowable(() -> client.download(job(), dir.resolve("out.png"))))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("not an image (Content-Type text/html)");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void htmlWithAnImageContentTypeIsRefusedByItsMagicBytes() throws Exception {
        server.behave(HostileServer.answer(200, "image/png", "<!doctype html><html>".getBytes()));
        assertThat(catchThrowable(() -> client.download(job(), dir.resolve("out.png"))))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("not a PNG, JPEG or WebP");
        assertThat(leftovers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/a.png", "relative/a.png", "/absolute/path.png",
            "jar:file:/x.jar!/a.png"})
    void onlyAnAbsoluteHttpLinkIsFollowed(String url) throws Exception {
        Throwable e = catchThrowable(() -> client.download(doneJob(url), dir.resolve("out.png")));
        assertThat(e).isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("not an absolute http(s) link");
        assertThat(leftovers()).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anInterruptedDownloadLeavesNoPartFile() throws Exception {
        client.close();
        client = builder().readTimeout(Duration.ofSeconds(30)).build();
        server.behave(server.drip("image/png", 20));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread downloader = new Thread(() -> failure.set(catchThrowable(() -> client.download(job(), dir.resolve("out.png")))));
        downloader.start();
        assertThat(server.headersSent.await(5, TimeUnit.SECONDS)).isTrue();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (leftovers().findAny().isEmpty() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(leftovers()).as("the .part file exists while the body drips").isNotEmpty();
        downloader.interrupt();
        downloader.join(5_000);
        assertThat(downloader.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(LtxException.class).hasMessageContaining("interrupted");
        assertThat(leftovers()).isEmpty();
    }
}
