package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.render.ImageHeaders;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.Rejection;
import dev.ltxflux.mock.state.StoredUpload;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.time.Instant;
import java.util.Map;

/**
 * {@code POST assets/?type=reference-image|image[&email=]}: the raw body with the image's own Content-Type. The
 * content must be the image type it claims (PNG, JPEG, WebP by magic bytes); empty → 400, too large → 413.
 */
public final class UploadResponder extends LtxResponder {

    public static final String NAME = "ltx-upload";
    private static final Map<String, String> MAGIC = Map.of("image/png", "89504e47", "image/jpeg", "ffd8ff", "image/webp", "52494646");

    private final JobStore store;
    private final ArtifactLinks links;
    private final ServerControl control;

    public UploadResponder(JobStore store, Responses responses, FaultInjector faults, ArtifactLinks links, ServerControl control, BearerAuth auth) {
        super("upload", responses, faults, auth);
        this.store = store;
        this.links = links;
        this.control = control;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(Request request) {
        String type = query(request, "type");
        if (type != null && !type.equals("image") && !type.equals("reference-image")) {
            throw new Rejection(400, "type: must be image or reference-image");
        }
        String account = store.account(query(request, "email"));
        String mime = request.contentTypeHeader() != null && request.contentTypeHeader().isPresent()
                ? request.contentTypeHeader().mimeTypePart() : null;
        if (mime == null || !MAGIC.containsKey(mime)) {
            throw new Rejection(400, "Content-Type: must be the image's MIME type: image/png, image/jpeg or image/webp (was " + mime + ")");
        }
        byte[] body = request.getBody();
        if (body == null || body.length == 0) {
            throw new Rejection(400, "body: the file's bytes are required (raw body, not multipart)");
        }
        if (body.length > store.config().edge().maxUploadBytes()) {
            throw new Rejection(413, "body: larger than " + store.config().edge().maxUploadBytes() + " bytes");
        }
        if (!hex(body, MAGIC.get(mime).length() / 2).equals(MAGIC.get(mime))) {
            throw new Rejection(400, "body: is not a " + mime + " image");
        }
        int[] size = ImageHeaders.dimensions(mime, body);
        if (size == null) {
            throw new Rejection(400, "body: the " + mime + " header is unreadable");
        }
        long pixels = (long) size[0] * size[1];
        if (pixels > store.config().storage().maxPixels()) {
            throw new Rejection(400, "body: " + size[0] + "x" + size[1] + " pixels is more than the mock's limit of "
                    + store.config().storage().maxPixels() + " pixels (--max-pixels)");
        }
        StoredUpload upload = store.storeUpload(account, mime, body);
        Instant expires = store.clock().instant().plus(store.config().storage().artifactTtl());
        ObjectNode answer = responses.json().createObjectNode();
        answer.put("assetUrl", links.url(control.origin(), upload.name(), expires));
        answer.put("expirationDateString", Long.toString(expires.toEpochMilli()));
        ObjectNode asset = answer.putObject("asset");
        asset.put("type", "image");
        asset.put("fileId", upload.fileId());
        asset.put("mimeType", mime);
        return responses.json(200, SchemaName.ASSET_UPLOAD, answer).build();
    }

    private static String hex(byte[] bytes, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(n, bytes.length); i++) {
            sb.append(String.format("%02x", bytes[i] & 0xFF));
        }
        return sb.toString();
    }
}
