package dev.ltxflux.feign;

import dev.ltxflux.core.error.ApiException.ApiErrorDetails;
import dev.ltxflux.core.error.ArtifactExpiredException;
import dev.ltxflux.core.error.OutputWriteException;
import dev.ltxflux.core.error.ServerException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.out.DownloadArtifactPort;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Downloads an artifact with the JDK client, never sending the API token (the asset host is not the API). Only an
 * absolute http(s) link is followed. The body streams to a {@code .part} file beside the target, within a total
 * deadline and a size cap; it is moved into place only when complete, of the announced length, and an image (PNG,
 * JPEG or WebP by its first bytes). On every failure, cancellation or interruption the {@code .part} file is removed.
 * Files are created with the process umask.
 */
final class HttpArtifactDownloader implements DownloadArtifactPort {

    private final HttpClient http;
    private final Duration timeout;
    private final long maxBytes;
    private final RetryPolicy retry;
    private final Redactor redactor;
    private final Random random = new Random();

    HttpArtifactDownloader(HttpClient http, Duration timeout, long maxBytes, RetryPolicy retry, Redactor redactor) {
        this.redactor = redactor;
        this.http = http;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.retry = retry;
    }

    @Override
    public Path download(JobId jobId, Artifact artifact, Path target) {
        URI url = artifact.assetUrl().orElseThrow(() -> new ArtifactExpiredException("the job has no download link yet", jobId));
        return retry.idempotent("download", () -> {
            checkLink(url, jobId);
            Path absolute = target.toAbsolutePath();
            Path dir = absolute.getParent();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new OutputWriteException(absolute, "its folder cannot be created (" + e.getMessage() + ")", jobId, e);
            }
            return fetch(jobId, url, absolute, dir);
        });
    }

    /** The asset host must be reached over http(s) with an absolute URL; anything else is a bad answer, not a file. */
    private static void checkLink(URI url, JobId jobId) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
            throw new UnexpectedResponseException(new ApiErrorDetails(200,
                    "the job's assetUrl is not an absolute http(s) link (scheme '" + scheme + "'): refused", "", null, jobId));
        }
    }

    private Path fetch(JobId jobId, URI url, Path target, Path dir) {
        Path part = dir.resolve("." + target.getFileName() + "." + Long.toHexString(random.nextLong() & Long.MAX_VALUE) + ".part");
        PartFile file = new PartFile(part, target, jobId);
        boolean moved = false;
        try {
            HttpResponse<Long> response = BoundedExchange.send(http, HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    timeout, info -> file.bodyFor(info, jobId));
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
            long written = response.body();
            file.close();
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced >= 0 && announced != written) {
                throw new TransportException("download cut short: " + written + " of " + announced + " bytes", true, jobId, null);
            }
            if (written == 0) {
                throw new UnexpectedResponseException(new ApiErrorDetails(200, "the artifact is empty", "", null, jobId));
            }
            checkImage(part, jobId);
            move(part, target, jobId);
            moved = true;
            return target;
        } catch (CappedBody.TooLargeException e) {
            throw tooLarge(jobId);
        } catch (IOException e) {
            throw FeignCalls.transport(e, jobId, redactor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted during download", true, jobId, e);
        } finally {
            file.close();
            if (!moved) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // nothing more can be done; the name (.<target>.<random>.part) is never taken for a result
                }
            }
        }
    }

    private UnexpectedResponseException tooLarge(JobId jobId) {
        return new UnexpectedResponseException(new ApiErrorDetails(200,
                "the artifact is larger than the download cap of " + maxBytes + " bytes: refused", "", null, jobId));
    }

    /** PNG, JPEG or WebP, by the file's first bytes: an HTML page served as the artifact is refused, not saved. */
    private static void checkImage(Path part, JobId jobId) throws IOException {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(part)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (!isImage(Arrays.copyOf(head, n))) {
            throw new UnexpectedResponseException(new ApiErrorDetails(200,
                    "the artifact is not a PNG, JPEG or WebP image: refused", "", null, jobId));
        }
    }

    static boolean isImage(byte[] b) {
        boolean png = b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A;
        boolean jpeg = b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
        boolean webp = b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P';
        return png || jpeg || webp;
    }

    private static void move(Path part, Path target, JobId jobId) {
        try {
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OutputWriteException(target, e.toString(), jobId, e);
        }
    }

    /**
     * The {@code .part} file, opened only for a 200 answer with an image (or unnamed) content type, and never after
     * {@link #close()}: an exchange aborted at its deadline cannot leave a file behind.
     */
    private final class PartFile {
        private final Path part;
        private final Path target;
        private final JobId jobId;
        private FileChannel channel;
        private boolean closed;

        PartFile(Path part, Path target, JobId jobId) {
            this.part = part;
            this.target = target;
            this.jobId = jobId;
        }

        synchronized CappedBody bodyFor(HttpResponse.ResponseInfo info, JobId id) {
            if (info.statusCode() != 200) {
                return new CappedBody(64 * 1024, chunk -> { });
            }
            long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced > maxBytes) {
                return CappedBody.failed(tooLarge(id));
            }
            String type = info.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!type.isBlank() && !type.startsWith("image/") && !type.startsWith("application/octet-stream")
                    && !type.startsWith("binary/")) {
                return CappedBody.failed(new UnexpectedResponseException(new ApiErrorDetails(200,
                        "the artifact is not an image (Content-Type " + dev.ltxflux.core.error.SafeText.escape(type)
                                + "): refused", "", null, id)));
            }
            if (closed) {
                return CappedBody.failed(new IOException("download aborted"));
            }
            try {
                channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                return CappedBody.failed(new OutputWriteException(target, "cannot create " + part.getFileName()
                        + " (" + e + ")", jobId, e));
            }
            FileChannel into = channel;
            return new CappedBody(maxBytes, chunk -> {
                try {
                    while (chunk.hasRemaining()) {
                        into.write(chunk);
                    }
                } catch (IOException e) {
                    throw new OutputWriteException(target, e.toString(), jobId, e);
                }
            });
        }

        synchronized void close() {
            closed = true;
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the file is deleted or moved next
                }
                channel = null;
            }
        }
    }
}
