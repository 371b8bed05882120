package dev.ltxflux.feign;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.port.out.SubmitEditPort;
import dev.ltxflux.core.port.out.UploadAssetPort;
import dev.ltxflux.feign.wire.WireMapper;
import java.io.IOException;
import java.nio.file.Files;

/** Core's submit, read and upload ports over the Feign interface, each with its retry rule. */
final class FeignPorts implements SubmitEditPort, ReadJobPort, UploadAssetPort {

    private final LtxApi api;
    private final WireMapper mapper;
    private final FeignCalls calls;
    private final RetryPolicy retry;
    private final SubmitCalls submits;
    private final String defaultEmail;

    FeignPorts(LtxApi api, WireMapper mapper, FeignCalls calls, RetryPolicy retry, SubmitCalls submits, String defaultEmail) {
        this.api = api;
        this.mapper = mapper;
        this.calls = calls;
        this.retry = retry;
        this.submits = submits;
        this.defaultEmail = defaultEmail;
    }

    /** Sent as every paid submit is ({@link SubmitCalls}). */
    @Override
    public Submission submit(EditRequest request) {
        var body = mapper.toWire(request, defaultEmail);
        return submits.submit("submit", () -> api.submit(body), null);
    }

    /** A status read, retried by the policy (for callers that do not retry themselves). */
    @Override
    public Job read(JobId id) {
        String segment = WireMapper.pathSegment(id.value());
        return retry.idempotent("status", () -> mapper.job(calls.body(() -> api.job(segment), id), id));
    }

    /** A status read sent once: for the await, which is the only retry layer of its reads. */
    Job readOnce(JobId id) {
        String segment = WireMapper.pathSegment(id.value());
        return retry.once("status", () -> mapper.job(calls.body(() -> api.job(segment), id), id));
    }

    @Override
    public UploadedAsset upload(AssetUpload upload) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(upload.image().file());
        } catch (IOException e) {
            throw new InvalidRequestException("image", "must be readable (" + e.getMessage() + ")");
        }
        String email = upload.account().orElse(defaultEmail);
        String mime = upload.image().type().mimeType();
        return retry.creating("upload", () -> mapper.uploaded(calls.body(() -> api.upload("reference-image", email, mime, bytes), null)));
    }
}
