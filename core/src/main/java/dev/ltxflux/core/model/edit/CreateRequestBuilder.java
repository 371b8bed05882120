package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.asset.AssetId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the raw values of a {@link CreateRequest}; {@link #build()} checks them all and lists every violation, each
 * naming its wire field ({@code reference_strength} included). Not thread-safe. Obtain it from
 * {@link CreateRequest#builder()}.
 */
public final class CreateRequestBuilder {

    private static final Pattern EMAIL = Pattern.compile(EditRequest.EMAIL_PATTERN);

    private String email;
    private String prompt;
    private String aspectRatio;
    private String style;
    private String shotType;
    private String shotAngle;
    private Long seed;
    private String referenceAssetId;
    private Integer referenceStrength;
    private String location;
    private String weather;
    private String lighting;
    private String model;
    private Integer pollForResult;
    private Integer maxJobs;
    private String replyUrl;
    private String replyRef;

    CreateRequestBuilder() {
    }

    /** The LTX Studio account (an e-mail address); required by the API when more than one account is configured. */
    public CreateRequestBuilder email(String email) {
        this.email = email;
        return this;
    }

    /** What to create: required, not blank, at most {@value Prompt#MAX_LENGTH} characters. */
    public CreateRequestBuilder prompt(String prompt) {
        this.prompt = prompt;
        return this;
    }

    /** {@code 16:9} (the default), {@code 9:16} or {@code 1:1}, or null. */
    public CreateRequestBuilder aspectRatio(String aspectRatio) {
        this.aspectRatio = aspectRatio;
        return this;
    }

    /** The aspect ratio, or null. */
    public CreateRequestBuilder aspectRatio(AspectRatio aspectRatio) {
        return aspectRatio(aspectRatio == null ? null : aspectRatio.wire());
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

    /** The shot type as free text, or null. */
    public CreateRequestBuilder shotType(String shotType) {
        this.shotType = shotType;
        return this;
    }

    /** The camera angle by its wire value, or null. */
    public CreateRequestBuilder shotAngle(String shotAngle) {
        this.shotAngle = shotAngle;
        return this;
    }

    /** The camera angle, or null. */
    public CreateRequestBuilder shotAngle(ShotAngle shotAngle) {
        return shotAngle(shotAngle == null ? null : shotAngle.wire());
    }

    /** The seed, or null for a random one; within ±{@value EditRequest#MAX_SEED}. */
    public CreateRequestBuilder seed(Long seed) {
        this.seed = seed;
        return this;
    }

    /** The seed as an {@code int}. */
    public CreateRequestBuilder seed(int seed) {
        return seed((Long) (long) seed);
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

    /** Where the scene is, or null; at most {@value SceneText#MAX_LENGTH} characters. */
    public CreateRequestBuilder location(String location) {
        this.location = location;
        return this;
    }

    /** The weather, or null; at most {@value SceneText#MAX_LENGTH} characters. */
    public CreateRequestBuilder weather(String weather) {
        this.weather = weather;
        return this;
    }

    /** The light, or null; at most {@value SceneText#MAX_LENGTH} characters. */
    public CreateRequestBuilder lighting(String lighting) {
        this.lighting = lighting;
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

    /** Server polls before answering, {@value Delivery#MIN_POLL_FOR_RESULT} to {@value Delivery#MAX_POLL_FOR_RESULT}, or null. */
    public CreateRequestBuilder pollForResult(Integer attempts) {
        this.pollForResult = attempts;
        return this;
    }

    /** The account's concurrent-job limit, {@value Delivery#MIN_MAX_JOBS} to {@value Delivery#MAX_MAX_JOBS}, or null. */
    public CreateRequestBuilder maxJobs(Integer maxJobs) {
        this.maxJobs = maxJobs;
        return this;
    }

    /** The webhook URL, absolute http(s), at most {@value Delivery#MAX_REPLY_URL} characters, or null. */
    public CreateRequestBuilder replyUrl(String replyUrl) {
        this.replyUrl = replyUrl;
        return this;
    }

    /** The caller's reference echoed in the webhook, or null. */
    public CreateRequestBuilder replyRef(String replyRef) {
        this.replyRef = replyRef;
        return this;
    }

    /** An independent copy of this builder. */
    public CreateRequestBuilder copy() {
        return new CreateRequestBuilder().email(email).prompt(prompt).aspectRatio(aspectRatio).style(style).shotType(shotType)
                .shotAngle(shotAngle).seed(seed).referenceAssetId(referenceAssetId).referenceStrength(referenceStrength)
                .location(location).weather(weather).lighting(lighting).model(model).pollForResult(pollForResult)
                .maxJobs(maxJobs).replyUrl(replyUrl).replyRef(replyRef);
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

    /** The account set so far, if any (unchecked until {@link #build()}). */
    public java.util.Optional<String> account() {
        return java.util.Optional.ofNullable(email);
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
        if (email != null && !EMAIL.matcher(email).find()) {
            found.add("email", "must be an e-mail address such as user@example.com");
        }
        Prompt p = found.parse(() -> Prompt.parse(prompt));
        Framing framing = found.parse(() -> Framing.parse(aspectRatio, shotType, shotAngle));
        ImageStyle s = found.parseIfSet(style, () -> ImageStyle.fromWire(style));
        found.range("seed", seed, -EditRequest.MAX_SEED, EditRequest.MAX_SEED, false);
        AssetId reference = found.parseIfSet(referenceAssetId, () -> AssetId.of("referenceAssetId", referenceAssetId));
        found.range("reference_strength", referenceStrength, CreateRequest.MIN_REFERENCE_STRENGTH,
                CreateRequest.MAX_REFERENCE_STRENGTH, true);
        if (referenceStrength != null && !referenced) {
            found.add("reference_strength", "needs referenceAssetId (it says how strongly the reference is followed)");
        }
        SceneText scene = found.parse(() -> new SceneText(location, weather, lighting));
        EditModel m = found.parseIfSet(model, () -> EditModel.fromWire(model));
        Delivery delivery = found.parse(() -> new Delivery(pollForResult, maxJobs, replyUrl, replyRef));
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
