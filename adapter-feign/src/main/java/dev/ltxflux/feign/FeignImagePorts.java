package dev.ltxflux.feign;

import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.port.out.SubmitCreatePort;
import dev.ltxflux.core.port.out.SubmitUpscalePort;
import dev.ltxflux.feign.wire.ImageRequestMapper;

/** Core's create and upscale ports over {@link LtxImageApi}, sent as every paid submit is ({@link SubmitCalls}). */
final class FeignImagePorts implements SubmitCreatePort, SubmitUpscalePort {

    private final LtxImageApi api;
    private final SubmitCalls submits;
    private final ImageRequestMapper requests = new ImageRequestMapper();
    private final String defaultEmail;

    FeignImagePorts(LtxImageApi api, SubmitCalls submits, String defaultEmail) {
        this.api = api;
        this.submits = submits;
        this.defaultEmail = defaultEmail;
    }

    @Override
    public Submission submit(CreateRequest request) {
        var body = requests.toWire(request, defaultEmail);
        return submits.submit("create", () -> api.create(body), null);
    }

    /** A 404 (unknown source job) carries the source's id. */
    @Override
    public Submission submit(UpscaleRequest request) {
        var body = requests.toWire(request);
        return submits.submit("upscale", () -> api.upscale(body), request.jobId());
    }
}
