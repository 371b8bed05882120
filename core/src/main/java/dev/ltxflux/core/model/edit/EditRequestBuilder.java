package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import java.util.List;

/**
 * Collects the raw values of an {@link EditRequest}; {@link #build()} checks them all and lists every violation (each
 * setter's limits are checked there, not by the setter). Not thread-safe. Obtain it from {@link EditRequest#builder()}.
 */
public final class EditRequestBuilder extends ImageRequestFields<EditRequestBuilder> {

    private String prompt;
    private String referenceAssetId;
    private String referenceAssetId2;
    private String referenceAssetId3;
    private String model;

    EditRequestBuilder() {
    }

    @Override
    EditRequestBuilder self() {
        return this;
    }

    /** The edit instruction: required, not blank, at most {@value Prompt#MAX_LENGTH} characters. */
    public EditRequestBuilder prompt(String prompt) {
        this.prompt = prompt;
        return this;
    }

    /** The first reference image's asset id (required, not blank). */
    public EditRequestBuilder referenceAssetId(String fileId) {
        this.referenceAssetId = fileId;
        return this;
    }

    /** The same from an {@link AssetId} (null unsets it). */
    public EditRequestBuilder referenceAssetId(AssetId fileId) {
        return referenceAssetId(fileId == null ? null : fileId.value());
    }

    /** The second reference image's asset id, or null; not blank. */
    public EditRequestBuilder referenceAssetId2(String fileId) {
        this.referenceAssetId2 = fileId;
        return this;
    }

    /** The third reference image's asset id, or null; not blank; only for models taking three ({@link EditModel}). */
    public EditRequestBuilder referenceAssetId3(String fileId) {
        this.referenceAssetId3 = fileId;
        return this;
    }

    /** The model by its wire name ({@code flux}, {@code flux-premium}, {@code nano-banana}), or null for the server's default. */
    public EditRequestBuilder model(String model) {
        this.model = model;
        return this;
    }

    /** The model, or null for the server's default. */
    public EditRequestBuilder model(EditModel model) {
        return model(model == null ? null : model.wire());
    }

    /** An independent copy of this builder. */
    public EditRequestBuilder copy() {
        return withImageFieldsOf(new EditRequestBuilder()).prompt(prompt).referenceAssetId(referenceAssetId)
                .referenceAssetId2(referenceAssetId2).referenceAssetId3(referenceAssetId3).model(model);
    }

    /** Whether {@code referenceAssetId} has been set. */
    public boolean hasReferenceAssetId() {
        return referenceAssetId != null;
    }

    /** Whether {@code referenceAssetId2} or {@code referenceAssetId3} is set. */
    public boolean hasExtraReferences() {
        return referenceAssetId2 != null || referenceAssetId3 != null;
    }

    /** The violations the request would have with {@code referenceAssetId} set to {@code reference}. */
    public List<Violation> violationsWith(String reference) {
        return copy().referenceAssetId(reference).violations();
    }

    /** Every rule the current values break, in wire field order; empty when {@link #build()} would succeed. */
    public List<Violation> violations() {
        ViolationCollector found = new ViolationCollector();
        assemble(found);
        return found.violations();
    }

    /**
     * The request.
     *
     * @throws InvalidRequestException listing every broken rule, in wire field order
     */
    public EditRequest build() {
        ViolationCollector found = new ViolationCollector();
        EditRequest request = assemble(found);
        found.throwIfAny();
        return request;
    }

    /** Each part checked on its own, then the model's rules across them; null when anything is broken. */
    private EditRequest assemble(ViolationCollector found) {
        String email = checkedEmail(found);
        Prompt p = found.parse(() -> Prompt.parse(prompt));
        References refs = found.parse(() -> References.parse(referenceAssetId, referenceAssetId2, referenceAssetId3));
        EditModel m = found.parseIfSet(model, () -> EditModel.fromWire(model));
        Framing framing = checkedFraming(found);
        Long seed = checkedSeed(found);
        SceneText scene = checkedScene(found);
        Delivery delivery = checkedDelivery(found);
        int references = referenceAssetId3 != null ? 3 : referenceAssetId2 != null ? 2 : 1;
        found.addAll((m == null ? EditModel.serverDefault() : m).violations(references, hasAspectRatio()));
        if (!found.violations().isEmpty()) {
            return null;
        }
        return new EditRequest(email, p, refs, m, framing, seed, scene, delivery);
    }

    @Override
    public String toString() {
        return "EditRequestBuilder[prompt=" + (prompt == null ? "unset" : prompt.length() + " chars") + "]";
    }
}
