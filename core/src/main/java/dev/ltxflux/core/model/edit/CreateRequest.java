package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.job.CanonicalForm;
import dev.ltxflux.core.model.job.PaidRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One {@code POST images/create} (alias {@code images/flux-create}) request, immutable and valid by construction: the
 * account, the {@link Prompt}, the {@link Framing}, the {@link ImageStyle}, the seed, an optional reference image with
 * its strength, the {@link SceneText}, the {@link EditModel} and the {@link Delivery}. Absent parameters stay absent so
 * the server's defaults apply (no style is {@code base}; {@code reference_strength} 50). Build it with
 * {@link #builder()}; {@link CreateRequestBuilder#build()} reports every broken rule at once.
 */
public final class CreateRequest implements PaidRequest<CreateRequest> {

    /** Smallest {@code reference_strength}. */
    public static final int MIN_REFERENCE_STRENGTH = 0;
    /** Largest {@code reference_strength}. */
    public static final int MAX_REFERENCE_STRENGTH = 100;
    /** The server's {@code reference_strength} when a reference is sent without one. */
    public static final int DEFAULT_REFERENCE_STRENGTH = 50;

    private final String email;
    private final Prompt prompt;
    private final Framing framing;
    private final ImageStyle style;
    private final Long seed;
    private final AssetId reference;
    private final Integer referenceStrength;
    private final SceneText scene;
    private final EditModel model;
    private final Delivery delivery;

    /** From parts that each passed their own rules; the builder has checked the rules across them. */
    CreateRequest(String email, Prompt prompt, Framing framing, ImageStyle style, Long seed, AssetId reference,
            Integer referenceStrength, SceneText scene, EditModel model, Delivery delivery) {
        this.email = email;
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.framing = Objects.requireNonNull(framing, "framing");
        this.style = style;
        this.seed = seed;
        this.reference = reference;
        this.referenceStrength = referenceStrength;
        this.scene = Objects.requireNonNull(scene, "scene");
        this.model = model;
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /** An empty builder. */
    public static CreateRequestBuilder builder() {
        return new CreateRequestBuilder();
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public CreateRequestBuilder toBuilder() {
        return builder().email(email).prompt(prompt.value()).aspectRatio(framing.aspectRatio()).shotType(framing.shotType())
                .shotAngle(framing.shotAngle()).style(style).seed(seed).referenceAssetId(reference)
                .referenceStrength(referenceStrength).location(scene.location()).weather(scene.weather())
                .lighting(scene.lighting()).model(model).pollForResult(delivery.pollForResult()).maxJobs(delivery.maxJobs())
                .replyUrl(delivery.replyUrl()).replyRef(delivery.replyRef());
    }

    @Override
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** What to create. */
    public Prompt prompt() {
        return prompt;
    }

    /** Aspect ratio, shot type and angle (every model takes an aspect ratio here). */
    public Framing framing() {
        return framing;
    }

    /** The style, if set; absent is the API's {@value ImageStyle#BASE} (no style). */
    public Optional<ImageStyle> style() {
        return Optional.ofNullable(style);
    }

    /** The seed, if set. */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /** The reference image, if set. */
    public Optional<AssetId> referenceAssetId() {
        return Optional.ofNullable(reference);
    }

    /** How strongly the reference shapes the image (0 to 100), if set; the server's default is 50. */
    public OptionalInt referenceStrength() {
        return referenceStrength == null ? OptionalInt.empty() : OptionalInt.of(referenceStrength);
    }

    /** Location, weather and lighting texts. */
    public SceneText scene() {
        return scene;
    }

    /** The model as set; absent means the server's default ({@link EditModel#FLUX}). */
    public Optional<EditModel> model() {
        return Optional.ofNullable(model);
    }

    /** The model the server will use. */
    public EditModel effectiveModel() {
        return model == null ? EditModel.serverDefault() : model;
    }

    /** Poll-for-result, concurrency and webhook settings. */
    public Delivery delivery() {
        return delivery;
    }

    @Override
    public Optional<String> replyRef() {
        return Optional.ofNullable(delivery.replyRef());
    }

    /** {@code create}. */
    @Override
    public String operation() {
        return "create";
    }

    @Override
    public CreateRequest withReplyRef(String replyRef) {
        return toBuilder().replyRef(replyRef).build();
    }

    /** The prompt. */
    @Override
    public String label() {
        return prompt.value();
    }

    @Override
    public String canonicalForm() {
        return delivery.addTo(CanonicalForm.of(operation()).add("email", email).add("prompt", prompt.value())
                .add("aspectRatio", framing.aspectRatio() == null ? null : framing.aspectRatio().wire())
                .add("style", style == null ? null : style.wire()).add("shotType", framing.shotType())
                .add("shotAngle", framing.shotAngle() == null ? null : framing.shotAngle().wire()).add("seed", seed)
                .add("referenceAssetId", reference == null ? null : reference.value())
                .add("reference_strength", referenceStrength).add("location", scene.location())
                .add("weather", scene.weather()).add("lighting", scene.lighting())
                .add("model", model == null ? null : model.wire())).toString();
    }

    @Override
    public String toString() {
        return "CreateRequest[prompt=" + prompt.value().length() + " chars, model=" + effectiveModel().wire() + ", style="
                + (style == null ? ImageStyle.BASE : style.wire()) + ", reference=" + (reference != null) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreateRequest other && Objects.equals(email, other.email) && prompt.equals(other.prompt)
                && framing.equals(other.framing) && style == other.style && Objects.equals(seed, other.seed)
                && Objects.equals(reference, other.reference) && Objects.equals(referenceStrength, other.referenceStrength)
                && scene.equals(other.scene) && model == other.model && delivery.equals(other.delivery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, prompt, framing, style, seed, reference, referenceStrength, scene, model, delivery);
    }
}
