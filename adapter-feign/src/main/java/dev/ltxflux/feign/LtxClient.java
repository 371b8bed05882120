package dev.ltxflux.feign;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The ltxflux client for the useapi.net LTX Studio API: what applications program against (and mock in their tests).
 * One per application, thread-safe, closeable. Build it from the environment ({@link #fromEnv()}) or with
 * {@link #builder()}; every default is a named constant of {@link LtxClientOptions}. Every error is an
 * {@link dev.ltxflux.core.error.LtxException}.
 *
 * <pre>{@code
 * try (LtxClient ltx = LtxClient.fromEnv()) {
 *     ImageOutcome out = ltx.images().edit(EditImageCommand.forFile(Path.of("in.png"),
 *             EditRequest.builder().prompt("Add golden sunset lighting"), Path.of("out.png"), AwaitOptions.defaults()));
 * }
 * }</pre>
 */
public interface LtxClient extends AutoCloseable {

    /** The real API. Retired by the provider on 2026-03-09 (it offers to bring it back on request). */
    String DEFAULT_BASE_URL = "https://api.useapi.net/v1/ltxstudio";
    /** Environment variable holding the API token. */
    String ENV_TOKEN = "USEAPI_TOKEN";
    /** Environment variable overriding the base URL (e.g. the mock server or a proxy). */
    String ENV_BASE_URL = "LTXFLUX_BASE_URL";
    /** Environment variable naming the LTX account e-mail to use when several are configured. */
    String ENV_EMAIL = "USEAPI_EMAIL";
    /** Environment variable that, set to {@code true}, permits plain http to a named host ({@code allowPlainHttp}). */
    String ENV_ALLOW_PLAIN_HTTP = "LTXFLUX_ALLOW_PLAIN_HTTP";
    /** Environment variable read by {@link LtxClientBuilder#fromEnv()}: the total deadline of one call ({@code 2m}). */
    String ENV_CALL_TIMEOUT = "LTXFLUX_CALL_TIMEOUT";

    /**
     * A client from {@value #ENV_TOKEN} (required), {@value #ENV_BASE_URL}, {@value #ENV_EMAIL},
     * {@value #ENV_ALLOW_PLAIN_HTTP} and {@value #ENV_CALL_TIMEOUT} (optional; see {@link LtxClientBuilder#fromEnv()}).
     * To change other settings too, use {@code builder().fromEnv()...build()}.
     *
     * @throws InvalidRequestException naming every missing or bad setting
     */
    static LtxClient fromEnv() {
        return fromEnv(System.getenv());
    }

    /**
     * The same from the given variables (for tests and for applications with their own configuration source).
     *
     * @throws InvalidRequestException naming every missing or bad setting
     */
    static LtxClient fromEnv(Map<String, String> env) {
        return builder().fromEnv(env).build();
    }

    /** A builder starting from the defaults of {@link LtxClientOptions}. */
    static LtxClientBuilder builder() {
        return new LtxClientBuilder();
    }

    /** The image jobs: edit (create and upscale to come), status, await, download. */
    LtxImages images();

    /** The account's assets: upload, list (auto-paged). */
    LtxAssets assets();

    /** The API's scheduler: running jobs, free slots, stop tracking. */
    LtxScheduler scheduler();

    /** The token's LTX Studio accounts: list, show with balance, add from a cookie, remove. */
    LtxAccounts accounts();

    /**
     * Shortcut of {@code images().submitEdit(request).submission()}. Submits one edit, exactly once, and journals it. If the journal fails after the submit went through, a
     * {@link dev.ltxflux.core.error.JournalWriteException} carries the submission (the job id is never lost).
     */
    default Submission submit(EditRequest request) {
        return images().submitEdit(request).submission();
    }

    /** The job's current state (transient failures retried per the retry settings). */
    default Job status(JobId id) {
        return images().status(id);
    }

    /** Waits until the job is done (completed with an asset URL) or failed, or the timeout passes. */
    default Job await(JobId id, AwaitOptions options) {
        return images().await(id, options);
    }

    /**
     * The same without holding a thread while waiting. The future always completes: with the job, or a typed
     * {@link dev.ltxflux.core.error.LtxException} (timeout at the deadline even while a read hangs,
     * {@link dev.ltxflux.core.error.ClientClosedException} when this client is closed), or whatever error broke the wait.
     */
    default CompletableFuture<Job> awaitAsync(JobId id, AwaitOptions options) {
        return images().awaitAsync(id, options);
    }

    /** Shortcut of {@code assets().upload(image)}: a PNG, JPEG or WebP file (checked before sending). */
    default UploadedAsset upload(Path image) {
        return assets().upload(image);
    }

    /** Uploads a reference image, optionally for a named account. */
    default UploadedAsset upload(AssetUpload upload) {
        return assets().upload(upload);
    }

    /**
     * Downloads a done job's image to {@code target} (re-reading the job once if its link has expired): an http(s) link
     * only, within {@link LtxClientOptions#maxDownloadBytes()}, an image by its magic bytes, never a partial file.
     */
    default Path download(Job job, Path target) {
        return images().download(job, target);
    }

    /** Shortcut of {@code images().edit(command)}: upload (if a file) → intent → submit → journal → await → download. */
    default ImageOutcome edit(EditImageCommand command) {
        return images().edit(command);
    }

    /** The journal this client writes every paid call's intent and job id to. */
    JobJournalPort journal();

    /** The status-reading port, for code written against core's ports. */
    ReadJobPort readJobPort();

    /** The settings this client was built from. */
    LtxClientOptions options();

    /** The API root this client talks to. */
    default String baseUrl() {
        return options().baseUrl();
    }

    /**
     * A second client with this one's settings changed by {@code change}, e.g. another account:
     * {@code ltx.withOptions(o -> o.email("second@example.com"))}. It is independent: close it too.
     *
     * @throws InvalidRequestException when the changed settings break a rule
     */
    default LtxClient withOptions(Consumer<LtxClientBuilder> change) {
        LtxClientBuilder b = builder().options(options());
        change.accept(b);
        return b.build();
    }

    /** Ends every pending wait with a {@link dev.ltxflux.core.error.ClientClosedException} and refuses further calls. Idempotent. */
    @Override
    void close();

    /** How much the client logs (SLF4J logger {@code dev.ltxflux.feign.LtxClient}); the token is redacted at every level. */
    enum LogLevel {
        /** Nothing (the default). */
        NONE,
        /** Method, URL, status and time of each call. */
        BASIC,
        /** The same plus headers ({@code Authorization} left out). */
        HEADERS,
        /** The same plus bodies. */
        FULL
    }
}
