package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the raw values of an {@link EditRequest}; {@link #build()} checks them all and lists every violation (each
 * setter's limits are checked there, not by the setter). Not thread-safe. Obtain it from {@link EditRequest#builder()}.
 */
public final class EditRequestBuilder {

    private static final Pattern EMAIL = Pattern.compile(EditRequest.EMAIL_PATTERN);

    private String email;
    private String prompt;
    private String referenceAssetId;
    private String referenceAssetId2;
    private String referenceAssetId3;
    private String model;
    private String aspectRatio;
    private String shotType;
    private String shotAngle;
    private Long seed;
    private String location;
    private String weather;
    private String lighting;
    private Integer pollForResult;
    private Integer maxJobs;
    private String replyUrl;
    private String replyRef;

    EditRequestBuilder() {
    }

    /** The LTX Studio account (an e-mail address); required by the API when more than one account is configured. */
    public EditRequestBuilder email(String email) {
        this.email = email;
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

    /** The aspect ratio by its wire value ({@code 16:9}, {@code 9:16}, {@code 1:1}), or null; not for every model. */
    public EditRequestBuilder aspectRatio(String aspectRatio) {
        this.aspectRatio = aspectRatio;
        return this;
    }

    /** The aspect ratio, or null; not for every model ({@link EditModel#takesAspectRatio()}). */
    public EditRequestBuilder aspectRatio(AspectRatio aspectRatio) {
        return aspectRatio(aspectRatio == null ? null : aspectRatio.wire());
    }

    /** The shot type as free text, or null. */
    public EditRequestBuilder shotType(String shotType) {
        this.shotType = shotType;
        return this;
    }

    /** The camera angle by its wire value (one of {@link ShotAngle}), or null. */
    public EditRequestBuilder shotAngle(String shotAngle) {
        this.shotAngle = shotAngle;
        return this;
    }

    /** The camera angle, or null. */
    public EditRequestBuilder shotAngle(ShotAngle shotAngle) {
        return shotAngle(shotAngle == null ? null : shotAngle.wire());
    }

    /** The seed, or null to leave it to the server; within ±{@value EditRequest#MAX_SEED} (2^53−1). */
    public EditRequestBuilder seed(Long seed) {
        this.seed = seed;
        return this;
    }

    /** The seed as an {@code int}, so that {@code seed(42)} compiles. */
    public EditRequestBuilder seed(int seed) {
        return seed((Long) (long) seed);
    }

    /** Where the scene is, or null; at most {@value SceneText#MAX_LENGTH} characters. */
    public EditRequestBuilder location(String location) {
        this.location = location;
        return this;
    }

    /** The weather, or null; at most {@value SceneText#MAX_LENGTH} characters. */
    public EditRequestBuilder weather(String weather) {
        this.weather = weather;
        return this;
    }

    /** The light, or null; at most {@value SceneText#MAX_LENGTH} characters. */
    public EditRequestBuilder lighting(String lighting) {
        this.lighting = lighting;
        return this;
    }

    /** Server polls before answering the submit, {@value Delivery#MIN_POLL_FOR_RESULT} to {@value Delivery#MAX_POLL_FOR_RESULT}, or null. */
    public EditRequestBuilder pollForResult(Integer attempts) {
        this.pollForResult = attempts;
        return this;
    }

    /** The account's concurrent-job limit, {@value Delivery#MIN_MAX_JOBS} to {@value Delivery#MAX_MAX_JOBS}, or null. */
    public EditRequestBuilder maxJobs(Integer maxJobs) {
        this.maxJobs = maxJobs;
        return this;
    }

    /** The webhook URL, absolute http(s), at most {@value Delivery#MAX_REPLY_URL} characters, or null. */
    public EditRequestBuilder replyUrl(String replyUrl) {
        this.replyUrl = replyUrl;
        return this;
    }

    /** The caller's reference echoed in the webhook, or null. */
    public EditRequestBuilder replyRef(String replyRef) {
        this.replyRef = replyRef;
        return this;
    }

    /** An independent copy of this builder. */
    public EditRequestBuilder copy() {
        return new EditRequestBuilder().email(email).prompt(prompt).referenceAssetId(referenceAssetId)
                .referenceAssetId2(referenceAssetId2).referenceAssetId3(referenceAssetId3).model(model)
                .aspectRatio(aspectRatio).shotType(shotType).shotAngle(shotAngle).seed(seed).location(location)
                .weather(weather).lighting(lighting).pollForResult(pollForResult).maxJobs(maxJobs).replyUrl(replyUrl)
                .replyRef(replyRef);
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
        if (email != null && !EMAIL.matcher(email).find()) {
            found.add("email", "must be an e-mail address such as user@example.com");
        }
        Prompt p = found.parse(() -> Prompt.parse(prompt));
        References refs = found.parse(() -> References.parse(referenceAssetId, referenceAssetId2, referenceAssetId3));
        EditModel m = found.parseIfSet(model, () -> EditModel.fromWire(model));
        Framing framing = found.parse(() -> Framing.parse(aspectRatio, shotType, shotAngle));
        found.range("seed", seed, -EditRequest.MAX_SEED, EditRequest.MAX_SEED, false);
        SceneText scene = found.parse(() -> new SceneText(location, weather, lighting));
        Delivery delivery = found.parse(() -> new Delivery(pollForResult, maxJobs, replyUrl, replyRef));
        int references = referenceAssetId3 != null ? 3 : referenceAssetId2 != null ? 2 : 1;
        found.addAll((m == null ? EditModel.serverDefault() : m).violations(references, aspectRatio != null));
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
