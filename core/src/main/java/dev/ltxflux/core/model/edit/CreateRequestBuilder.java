package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the raw values of a {@link CreateRequest}; {@link #build()} checks them all and lists every violation, each
 * naming its wire field ({@code reference_strength} included). Not thread-safe. Obtain it from
 * {@link CreateRequest#builder()}.
 */
public final class CreateRequestBuilder extends ImageRequestFields<CreateRequestBuilder> {

    private String prompt;
    private String style;
    private String referenceAssetId;
    private Integer referenceStrength;
    private String model;

    CreateRequestBuilder() {
    }

    @Override
    CreateRequestBuilder self() {
        return this;
    }

    /** What to create: required, not blank, at most {@value Prompt#MAX_LENGTH} characters. */
    public CreateRequestBuilder prompt(String prompt) {
        this.prompt = prompt;
        return this;
    }

    /** One of the 16 {@link ImageStyle} wire values, or null for {@value ImageStyle#BASE}; {@code flux} only. */
    public CreateRequestBuilder style(String style) {
        this.style = style;
        return this;
    }

    /** The style, or null for none. */
    public CreateRequestBuilder style(ImageStyle style) {
        return style(style == null ? null : style.wire());
    }

    /** A reference image's asset id (from an upload), or null; {@code flux} only. */
    public CreateRequestBuilder referenceAssetId(String fileId) {
        this.referenceAssetId = fileId;
        return this;
    }

    /** The same from an {@link AssetId}. */
    public CreateRequestBuilder referenceAssetId(AssetId fileId) {
        return referenceAssetId(fileId == null ? null : fileId.value());
    }

    /** {@code reference_strength} on the wire: 0 to 100 (server default 50), only with a reference; {@code flux} only. */
    public CreateRequestBuilder referenceStrength(Integer strength) {
        this.referenceStrength = strength;
        return this;
    }

    /** {@code flux} (default), {@code flux-premium} or {@code nano-banana}, or null. */
    public CreateRequestBuilder model(String model) {
        this.model = model;
        return this;
    }

    /** The model, or null for the server's default. */
    public CreateRequestBuilder model(EditModel model) {
        return model(model == null ? null : model.wire());
    }

    /** An independent copy of this builder. */
    public CreateRequestBuilder copy() {
        return withImageFieldsOf(new CreateRequestBuilder()).prompt(prompt).style(style)
                .referenceAssetId(referenceAssetId).referenceStrength(referenceStrength).model(model);
    }

    /**
     * The violations the request would have once a reference (still to be uploaded) is set as {@code referenceAssetId}:
     * the reference's own rules (model, strength) apply, its id is not checked.
     */
    public List<Violation> violationsAwaitingReference() {
        ViolationCollector found = new ViolationCollector();
        assemble(found, true);
        return found.violations();
    }

    /** Whether {@code referenceAssetId} has been set. */
    public boolean hasReferenceAssetId() {
        return referenceAssetId != null;
    }

    /** Every rule the current values break, in wire field order; empty when {@link #build()} would succeed. */
    public List<Violation> violations() {
        ViolationCollector found = new ViolationCollector();
        assemble(found, false);
        return found.violations();
    }

    /**
     * The request.
     *
     * @throws InvalidRequestException listing every broken rule, in wire field order
     */
    public CreateRequest build() {
        ViolationCollector found = new ViolationCollector();
        CreateRequest request = assemble(found, false);
        found.throwIfAny();
        return request;
    }

    private CreateRequest assemble(ViolationCollector found, boolean referencePending) {
        boolean referenced = referenceAssetId != null || referencePending;
        String email = checkedEmail(found);
        Prompt p = found.parse(() -> Prompt.parse(prompt));
        Framing framing = checkedFraming(found);
        ImageStyle s = found.parseIfSet(style, () -> ImageStyle.fromWire(style));
        Long seed = checkedSeed(found);
        AssetId reference = found.parseIfSet(referenceAssetId, () -> AssetId.of("referenceAssetId", referenceAssetId));
        found.range("reference_strength", referenceStrength, CreateRequest.MIN_REFERENCE_STRENGTH,
                CreateRequest.MAX_REFERENCE_STRENGTH, true);
        if (referenceStrength != null && !referenced) {
            found.add("reference_strength", "needs referenceAssetId (it says how strongly the reference is followed)");
        }
        SceneText scene = checkedScene(found);
        EditModel m = found.parseIfSet(model, () -> EditModel.fromWire(model));
        Delivery delivery = checkedDelivery(found);
        List<String> extras = new ArrayList<>();
        if (style != null) {
            extras.add("style");
        }
        if (referenced) {
            extras.add("referenceAssetId");
        }
        if (referenceStrength != null) {
            extras.add("reference_strength");
        }
        found.addAll((m == null ? EditModel.serverDefault() : m).createViolations(extras));
        if (!found.violations().isEmpty() || referencePending) {
            return null;
        }
        return new CreateRequest(email, p, framing, s, seed, reference, referenceStrength, scene, m, delivery);
    }

    @Override
    public String toString() {
        return "CreateRequestBuilder[prompt=" + (prompt == null ? "unset" : prompt.length() + " chars") + "]";
    }
}
