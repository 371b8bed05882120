package dev.ltxflux.feign;

import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.ArtifactExpiredException;
import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.ServerException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.out.DownloadArtifactPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Downloads an artifact with the JDK client, never sending the API token (the asset host is not the API). Streams
 * to a temporary file beside the target and moves it into place only when complete and of the announced length.
 */
final class HttpArtifactDownloader implements DownloadArtifactPort {

    private final HttpClient http;
    private final Duration timeout;
    private final RetryPolicy retry;

    HttpArtifactDownloader(HttpClient http, Duration timeout, RetryPolicy retry) {
        this.http = http;
        this.timeout = timeout;
        this.retry = retry;
    }

    @Override
    public Path download(JobId jobId, Artifact artifact, Path target) {
        URI url = artifact.assetUrl().orElseThrow(() -> new ArtifactExpiredException("the job has no download link yet", jobId));
        Path dir = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidRequestException("output", "its folder cannot be created (" + e.getMessage() + ")");
        }
        return retry.idempotent(() -> fetch(jobId, url, target.toAbsolutePath(), dir));
    }

    private Path fetch(JobId jobId, URI url, Path target, Path dir) {
        Path part = null;
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                int status = response.statusCode();
                if (status == 400 || status == 401 || status == 403 || status == 404 || status == 410) {
                    throw new ArtifactExpiredException("the asset host refused the link (HTTP " + status + "); it may have expired", jobId);
                }
                if (status >= 500) {
                    throw new ServerException(new ApiErrorDetails(status, "asset host error", "", null, jobId));
                }
                if (status != 200) {
                    throw new UnexpectedResponseException(new ApiErrorDetails(status, "unexpected download status", "", null, jobId));
                }
                part = Files.createTempFile(dir, ".ltxflux-", ".part");
                long written;
                try (OutputStream out = Files.newOutputStream(part)) {
                    written = in.transferTo(out);
                }
                long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (announced >= 0 && announced != written) {
                    throw new TransportException("download cut short: " + written + " of " + announced + " bytes", true, jobId, null);
                }
                if (written == 0) {
                    throw new UnexpectedResponseException(new ApiErrorDetails(200, "the artifact is empty", "", null, jobId));
                }
                move(part, target);
                part = null;
                return target;
            }
        } catch (IOException e) {
            throw FeignCalls.transport(e, jobId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted during download", true, jobId, e);
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // best effort: a stray .part file is harmless and never mistaken for the result
                }
            }
        }
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
