package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.mock.render.Thumbnails;
import dev.ltxflux.mock.state.ExactIntegers;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.Rejection;

/**
 * {@code GET /artifacts/<name>?expires=&sig=}: the mock's stand-in for signed storage URLs. Serves uploads and rendered
 * job images; an expired or forged link gets 403; an {@code Authorization} header gets 400, because an API token must
 * never travel to the asset host.
 */
public final class ArtifactResponder extends LtxResponder {

    public static final String NAME = "ltx-artifact";
    static final String PREFIX = "/artifacts/";
    /** Storage names of thumbnails: {@code thumbs/<item id>} (an upload's or a job's uuid). */
    static final String THUMBS = "thumbs/";

    private final JobStore store;
    private final ArtifactLinks links;

    public ArtifactResponder(JobStore store, Responses responses, FaultInjector faults, ArtifactLinks links, BearerAuth auth) {
        super("artifact", responses, faults, auth);
        this.store = store;
        this.links = links;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(Request request) {
        if (request.getHeader("Authorization") != null) {
            throw new Rejection(400, "Authorization: signed asset URLs take no credentials; do not send the API token to the asset host");
        }
        String name = path(request).substring(PREFIX.length());
        long expires;
        try { // ASCII digits only, as signed: "+1" or another script's digits is no link this server made
            expires = ExactIntegers.within(query(request, "expires"), "expires", Long.MIN_VALUE, Long.MAX_VALUE);
        } catch (Rejection e) {
            return responses.plain(403, "Signature missing or malformed.");
        }
        if (!links.verify(name, expires, query(request, "sig"))) {
            return responses.plain(403, "Signature does not match.");
        }
        if (store.clock().millis() >= expires) {
            return responses.plain(403, "Request has expired.");
        }
        if (name.startsWith(THUMBS)) {
            return thumbnail(name.substring(THUMBS.length()));
        }
        if (name.startsWith("jobs/") && name.endsWith(".png")) {
            MockJob job = store.jobByUuid(name.substring(5, name.length() - 4)).orElse(null);
            if (job == null) {
                return responses.plain(404, "No such object.");
            }
            return png(store.renders().get(job.uuid(), () -> render(job)));
        }
        return store.uploadByName(name)
                .map(u -> responseDefinition().withStatus(200).withHeader("Content-Type", u.mimeType()).withBody(u.bytes()).build())
                .orElseGet(() -> responses.plain(404, "No such object."));
    }

    /** The large thumbnail of a job's artifact or an upload: a scaled PNG, or a WebP upload itself. */
    private ResponseDefinition thumbnail(String id) {
        return largeThumbnail(store, id)
                .map(t -> responseDefinition().withStatus(200).withHeader("Content-Type", t.mimeType()).withBody(t.bytes()).build())
                .orElseGet(() -> responses.plain(404, "No such object."));
    }

    /**
     * A thumbnail's bytes and type.
     *
     * @param mimeType {@code image/png}, or an upload's own type when it is its own thumbnail (WebP)
     * @param bytes    the image
     */
    record Thumb(String mimeType, byte[] bytes) {
    }

    /**
     * The large thumbnail of the job with uuid {@code id} (its artifact, scaled) or of the upload {@code id}, the same
     * bytes for the API's signed links and the dashboard; empty when neither is held.
     */
    static java.util.Optional<Thumb> largeThumbnail(JobStore store, String id) {
        MockJob job = store.jobByUuid(id).orElse(null);
        if (job != null) {
            return java.util.Optional.of(new Thumb("image/png",
                    store.renders().get("thumb:" + id, () -> Thumbnails.large(store.renders().get(job.uuid(), () -> render(job))))));
        }
        var upload = store.uploadByName("uploads/" + id).orElse(null);
        if (upload == null) {
            return java.util.Optional.empty();
        }
        byte[] small = store.renders().get("thumb:" + id, () -> {
            byte[] t = Thumbnails.large(upload.bytes());
            return t == null ? upload.bytes() : t;
        });
        return java.util.Optional.of(new Thumb(small == upload.bytes() ? upload.mimeType() : "image/png", small));
    }

    /** The job's image: an edit rendered from its reference; a create or an upscale as it was rendered on submission. */
    static byte[] render(MockJob job) {
        var p = job.parameters();
        return p.prerendered() ? p.reference() : ImageEditor.edit(p.reference(), p.aspectRatio(), p.prompt(), p.seed());
    }

    private static ResponseDefinition png(byte[] bytes) {
        return responseDefinition().withStatus(200).withHeader("Content-Type", "image/png").withBody(bytes).build();
    }
}
