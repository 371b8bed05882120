package dev.ltxflux.feign;

import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.out.SubmitCreatePort;
import dev.ltxflux.core.port.out.SubmitUpscalePort;
import dev.ltxflux.feign.wire.ImageRequestMapper;
import dev.ltxflux.feign.wire.WireMapper;

/** Core's create and upscale ports over {@link LtxImageApi}, with the submit's retry rule. */
final class FeignImagePorts implements SubmitCreatePort, SubmitUpscalePort {

    private final LtxImageApi api;
    private final WireMapper mapper;
    private final ImageRequestMapper requests = new ImageRequestMapper();
    private final FeignCalls calls;
    private final RetryPolicy retry;
    private final String defaultEmail;

    FeignImagePorts(LtxImageApi api, WireMapper mapper, RetryPolicy retry, String defaultEmail, Redactor redactor) {
        this.api = api;
        this.mapper = mapper;
        this.calls = new FeignCalls(mapper, redactor);
        this.retry = retry;
        this.defaultEmail = defaultEmail;
    }

    /** Sent once; re-sent only when the server certainly did not take it (429, connection never opened). */
    @Override
    public Submission submit(CreateRequest request) {
        var body = requests.toWire(request, defaultEmail);
        return retry.creating("create", () -> mapper.submission(calls.body(() -> api.create(body), null)));
    }

    /** The same; a 404 (unknown source job) carries the source's id. */
    @Override
    public Submission submit(UpscaleRequest request) {
        var body = requests.toWire(request);
        return retry.creating("upscale", () -> mapper.submission(calls.body(() -> api.upscale(body), request.jobId())));
    }
}
