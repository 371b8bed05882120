package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.job.CanonicalForm;
import dev.ltxflux.core.model.job.PaidRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One {@code POST images/flux-edit} request, immutable and valid by construction, made of small parts: the account, the
 * {@link Prompt}, the {@link References}, the {@link EditModel}, the {@link Framing}, the seed, the {@link SceneText}
 * and the {@link Delivery}. Optional parameters stay absent unless set, so the server's defaults apply. Build it with
 * {@link #builder()}; {@link EditRequestBuilder#build()} reports every broken rule at once.
 */
public final class EditRequest implements PaidRequest<EditRequest> {

    /** Longest {@code location}, {@code weather} and {@code lighting} text. */
    public static final int MAX_SCENE_TEXT = SceneText.MAX_LENGTH;
    /** Longest {@code replyUrl} (useapi's account-level limit, applied per request too). */
    public static final int MAX_REPLY_URL = Delivery.MAX_REPLY_URL;
    /** Largest seed that survives a JSON number round trip exactly (2^53 - 1). */
    public static final long MAX_SEED = 9_007_199_254_740_991L;
    /** Fewest {@code pollForResult} attempts. */
    public static final int MIN_POLL_FOR_RESULT = Delivery.MIN_POLL_FOR_RESULT;
    /** Most {@code pollForResult} attempts. */
    public static final int MAX_POLL_FOR_RESULT = Delivery.MAX_POLL_FOR_RESULT;
    /** Smallest {@code maxJobs}. */
    public static final int MIN_MAX_JOBS = Delivery.MIN_MAX_JOBS;
    /** Largest {@code maxJobs}. */
    public static final int MAX_MAX_JOBS = Delivery.MAX_MAX_JOBS;
    /** The request schema's {@code email} pattern, applied with the same {@code find()} semantics. */
    public static final String EMAIL_PATTERN = "^[^\\s@]+@[^\\s@]+(?![\\s\\S])";
    /** The request schema's {@code replyUrl} pattern (see {@link Delivery#REPLY_URL_PATTERN}). */
    public static final String REPLY_URL_PATTERN = Delivery.REPLY_URL_PATTERN;

    private final String email;
    private final Prompt prompt;
    private final References references;
    private final EditModel model;
    private final Framing framing;
    private final Long seed;
    private final SceneText scene;
    private final Delivery delivery;

    /** From parts that each passed their own rules; the builder has checked the rules across them. */
    EditRequest(String email, Prompt prompt, References references, EditModel model, Framing framing, Long seed,
            SceneText scene, Delivery delivery) {
        this.email = email;
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.references = Objects.requireNonNull(references, "references");
        this.model = model;
        this.framing = Objects.requireNonNull(framing, "framing");
        this.seed = seed;
        this.scene = Objects.requireNonNull(scene, "scene");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
    }

    /** An empty builder. */
    public static EditRequestBuilder builder() {
        return new EditRequestBuilder();
    }

    /** A builder holding this request's values, to derive a changed copy. */
    public EditRequestBuilder toBuilder() {
        return builder().email(email).prompt(prompt.value()).referenceAssetId(references.first())
                .referenceAssetId2(references.secondIfAny().map(AssetId::value).orElse(null))
                .referenceAssetId3(references.thirdIfAny().map(AssetId::value).orElse(null))
                .model(model).aspectRatio(framing.aspectRatio()).shotType(framing.shotType())
                .shotAngle(framing.shotAngle()).seed(seed).location(scene.location()).weather(scene.weather())
                .lighting(scene.lighting()).pollForResult(delivery.pollForResult()).maxJobs(delivery.maxJobs())
                .replyUrl(delivery.replyUrl()).replyRef(delivery.replyRef());
    }

    /** The LTX account to use, if named. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** The edit instruction. */
    public Prompt prompt() {
        return prompt;
    }

    /** The reference images, 1 to {@value References#MOST}. */
    public References references() {
        return references;
    }

    /** The first reference image. */
    public AssetId referenceAssetId() {
        return references.first();
    }

    /** The second reference image, if any. */
    public Optional<AssetId> referenceAssetId2() {
        return references.secondIfAny();
    }

    /** The third reference image, if any. */
    public Optional<AssetId> referenceAssetId3() {
        return references.thirdIfAny();
    }

    /** The model as set; absent means the server's default ({@link EditModel#FLUX}). */
    public Optional<EditModel> model() {
        return Optional.ofNullable(model);
    }

    /** The model the server will use: the one set, or its default. */
    public EditModel effectiveModel() {
        return model == null ? EditModel.serverDefault() : model;
    }

    /** Aspect ratio, shot type and angle. */
    public Framing framing() {
        return framing;
    }

    /** The aspect ratio, if set. */
    public Optional<AspectRatio> aspectRatio() {
        return Optional.ofNullable(framing.aspectRatio());
    }

    /** The shot type, if set. */
    public Optional<String> shotType() {
        return Optional.ofNullable(framing.shotType());
    }

    /** The camera angle, if set. */
    public Optional<ShotAngle> shotAngle() {
        return Optional.ofNullable(framing.shotAngle());
    }

    /** The seed, if set. */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /** Location, weather and lighting texts. */
    public SceneText scene() {
        return scene;
    }

    /** The location text, if set. */
    public Optional<String> location() {
        return Optional.ofNullable(scene.location());
    }

    /** The weather text, if set. */
    public Optional<String> weather() {
        return Optional.ofNullable(scene.weather());
    }

    /** The lighting text, if set. */
    public Optional<String> lighting() {
        return Optional.ofNullable(scene.lighting());
    }

    /** Poll-for-result, concurrency and webhook settings. */
    public Delivery delivery() {
        return delivery;
    }

    /** How many times the server polls before answering the submit, if set. */
    public OptionalInt pollForResult() {
        return delivery.pollForResult() == null ? OptionalInt.empty() : OptionalInt.of(delivery.pollForResult());
    }

    /** The account's concurrency limit to apply, if set. */
    public OptionalInt maxJobs() {
        return delivery.maxJobs() == null ? OptionalInt.empty() : OptionalInt.of(delivery.maxJobs());
    }

    /** The webhook URL, if set. */
    public Optional<String> replyUrl() {
        return Optional.ofNullable(delivery.replyUrl());
    }

    /** The caller's reference echoed in the webhook, if set. */
    public Optional<String> replyRef() {
        return Optional.ofNullable(delivery.replyRef());
    }

    /** {@code edit}. */
    @Override
    public String operation() {
        return "edit";
    }

    @Override
    public EditRequest withReplyRef(String replyRef) {
        return toBuilder().replyRef(replyRef).build();
    }

    /** The prompt (the journal keeps its start). */
    @Override
    public String label() {
        return prompt.value();
    }

    @Override
    public String canonicalForm() {
        return delivery.addTo(CanonicalForm.of(operation()).add("email", email).add("prompt", prompt.value())
                .add("referenceAssetId", references.first().value())
                .add("referenceAssetId2", references.secondIfAny().map(AssetId::value).orElse(null))
                .add("referenceAssetId3", references.thirdIfAny().map(AssetId::value).orElse(null))
                .add("model", model == null ? null : model.wire())
                .add("aspectRatio", aspectRatio().map(AspectRatio::wire).orElse(null))
                .add("shotType", framing.shotType()).add("shotAngle", shotAngle().map(ShotAngle::wire).orElse(null))
                .add("seed", seed).add("location", scene.location()).add("weather", scene.weather())
                .add("lighting", scene.lighting())).toString();
    }

    @Override
    public String toString() {
        return "EditRequest[prompt=" + prompt.value().length() + " chars, referenceAssetId=" + references.first()
                + ", model=" + effectiveModel().wire() + ", aspectRatio=" + aspectRatio().map(AspectRatio::wire).orElse("default")
                + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditRequest other && Objects.equals(email, other.email) && prompt.equals(other.prompt)
                && references.equals(other.references) && model == other.model && framing.equals(other.framing)
                && Objects.equals(seed, other.seed) && scene.equals(other.scene) && delivery.equals(other.delivery);
    }

    @Override
    public int hashCode() {
        return Objects.hash(email, prompt, references, model, framing, seed, scene, delivery);
    }
}
