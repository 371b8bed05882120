package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.render.ImageCreator;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.MockJob.EditParameters;
import dev.ltxflux.mock.state.MockJob.Phase;
import dev.ltxflux.mock.state.Rejection;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;

/**
 * {@code POST images/upscale}: a new job (new id, charged and counted like any submit) whose image is the source job's at
 * twice its width and height. An unknown or expired source answers the documented plain-text 404; a source that is not
 * completed (active or failed) a 400 {@code {"error","code"}}; a result over {@value ImageCreator#MAX_UPSCALED_EDGE} px
 * a side a 400. The new job belongs to the source's account.
 */
public final class UpscaleResponder extends PaidSubmitResponder {

    public static final String NAME = "ltx-upscale";

    public UpscaleResponder(JobStore store, SchemaCatalog catalog, Responses responses, FaultInjector faults, WebhookSender webhooks,
            ServerControl control, BearerAuth auth) {
        super("upscale", store, catalog, responses, faults, webhooks, control, auth);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(String route, Request request) {
        ObjectNode body = validBody(request, SchemaName.UPSCALE_REQUEST);
        String sourceId = text(body, "jobId");
        MockJob source = store.job(sourceId).orElse(null);
        if (source == null) {
            return responses.plain(404, Responses.JOB_NOT_FOUND);
        }
        String email = text(body, "email");
        if (email != null && !email.equals(source.account())) {
            throw new Rejection(400, "email: job " + sourceId + " belongs to another account; send its own e-mail or none");
        }
        Phase phase = source.phaseAt(store.clock().instant());
        if (phase != Phase.COMPLETED) {
            throw new Rejection(400, "jobId: job " + sourceId + " is not completed (" + phase.name().toLowerCase()
                    + "); only a completed image job can be upscaled");
        }
        byte[] sourceImage = store.renders().get(source.uuid(), () -> ArtifactResponder.render(source));
        int[] size = ImageEditor.dimensions(sourceImage);
        if (size == null) {
            throw new Rejection(400, "jobId: job " + sourceId + " has no image to upscale");
        }
        if (Math.max(size[0], size[1]) * 2 > ImageCreator.MAX_UPSCALED_EDGE) {
            throw new Rejection(400, "jobId: the image of job " + sourceId + " is " + size[0] + "x" + size[1]
                    + "; upscaling it would pass the mock's " + ImageCreator.MAX_UPSCALED_EDGE + " px limit");
        }
        var p = source.parameters();
        EditParameters parameters = new EditParameters(p.prompt(), sourceId, p.aspectRatio(), p.seed(), p.model(),
                text(body, "replyUrl"), text(body, "replyRef"), ImageCreator.upscale(sourceImage), control.origin(),
                EditParameters.UPSCALE);
        return start(route, request, body, source.account(), parameters);
    }
}
